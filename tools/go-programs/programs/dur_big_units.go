package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Hour, 36*time.Hour, time.Hour+time.Nanosecond)
	fmt.Println(time.Minute+30*time.Second+5*time.Millisecond)
	fmt.Println(999*time.Microsecond, 1001*time.Microsecond, 100*time.Nanosecond)
	fmt.Println(time.Duration(1099511627776))
}
