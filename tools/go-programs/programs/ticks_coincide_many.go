package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	for k := 1; k <= 6; k++ {
		go func(k int) {
			for i := 0; i < 12/k; i++ {
				time.Sleep(time.Duration(k) * time.Millisecond)
				fmt.Println("g", k, "at step", i)
			}
			done <- k
		}(k)
	}
	for i := 0; i < 6; i++ {
		fmt.Println("finished", <-done)
	}
}
