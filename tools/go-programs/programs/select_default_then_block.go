package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ch <- i:
			fmt.Println("buffered", i)
		default:
			fmt.Println("full, dropping", i)
		}
	}
	go func() {
		time.Sleep(5 * time.Millisecond)
		ch <- 99
	}()
	fmt.Println(<-ch)
	select {
	case v := <-ch:
		fmt.Println("late", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
}
