package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Nanosecond, time.Microsecond, 1500*time.Microsecond, 999*time.Nanosecond)
	fmt.Println(time.Duration(1234567890), time.Duration(-1))
	fmt.Println(time.Duration(1<<63 - 1))
	fmt.Println(time.Duration(-1 << 63))
}
