package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Second / time.Millisecond)
	fmt.Println(int(time.Second / time.Millisecond))
	d := 3 * time.Second
	d /= 2
	fmt.Println(d)
	fmt.Println(d % time.Second)
	fmt.Println(time.Duration(7) * time.Millisecond / 2)
	fmt.Println(time.Duration(1) * time.Microsecond)
	fmt.Println(1500*time.Millisecond, 90*time.Second, 3600*time.Second)
	fmt.Println(time.Duration(5) * time.Second > 4*time.Second)
}
