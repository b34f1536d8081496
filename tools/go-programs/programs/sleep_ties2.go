package main

import (
	"fmt"
	"time"
)

func napper(n int, d time.Duration) {
	time.Sleep(d)
	fmt.Println("woke", n, d)
}

func main() {
	go napper(1, 30*time.Millisecond)
	go napper(2, 10*time.Millisecond)
	go napper(3, 30*time.Millisecond)
	go napper(4, 20*time.Millisecond)
	go napper(5, 10*time.Millisecond)
	go napper(6, 30*time.Millisecond)
	go napper(7, 0)
	time.Sleep(50 * time.Millisecond)
}
