package main

import (
	"fmt"
	"time"
)

func ratio(a, b int) int { return a / b }

func main() {
	ch := make(chan int)
	go func() {
		for i := 2; i >= 0; i-- {
			ch <- ratio(10, i)
			time.Sleep(time.Millisecond)
		}
	}()
	for {
		fmt.Println(<-ch)
	}
}
