package main

import (
	"fmt"
	"time"
)

func main() {
	a := 2 * time.Second
	b := 3500 * time.Millisecond
	fmt.Println(a-b, b-a)
	fmt.Println(-time.Microsecond, -time.Duration(1))
	var z time.Duration
	fmt.Println(z, z == 0)
	fmt.Println(time.Hour*25, time.Minute*59+time.Second*59)
	fmt.Println(time.Duration(9223372036854775807))
}
