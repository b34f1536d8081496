package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Duration(1), time.Duration(10), time.Duration(999999), time.Duration(1000000))
	fmt.Println(time.Duration(1000001), time.Duration(59999999999), time.Duration(60000000000))
	fmt.Println(time.Duration(3599999999999), time.Duration(3600000000001))
	fmt.Println(-time.Duration(1500)*time.Millisecond, time.Duration(-9223372036854775807)-1)
	fmt.Printf("%v %s %d %x\n", time.Duration(0), time.Duration(1), time.Duration(2), time.Duration(255))
}
