package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	values := 0
	for v := 9; v > 0; v -= 2 {
		values++
		go func(n int) {
			time.Sleep(time.Duration(n) * time.Millisecond)
			done <- n
		}(v)
	}
	for i := 0; i < values; i++ {
		fmt.Print(<-done, " ")
	}
	fmt.Println()
}
