package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 5)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		time.Sleep(20 * time.Millisecond)
		ch <- 4
		time.Sleep(20 * time.Millisecond)
		close(ch)
		fmt.Println("closed")
	}()
	for v := range ch {
		fmt.Println("v", v, "len", len(ch))
	}
	fmt.Println("range ended")
}
