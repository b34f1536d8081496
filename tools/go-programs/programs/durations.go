package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Millisecond*1500, time.Second, 2*time.Minute+3*time.Second)
	fmt.Println(time.Duration(0), time.Duration(999), time.Microsecond*15, time.Millisecond*100)
	var d time.Duration = 90 * time.Minute
	fmt.Println(d, -d, d/7)
	fmt.Println(time.Duration(1234567890))
	ms := 250
	fmt.Println(time.Duration(ms) * time.Millisecond)
	start := 0
	_ = start
	fmt.Println(int(time.Second / time.Millisecond))
}
