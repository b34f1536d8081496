package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 2)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i
			fmt.Println("produced", i, "len", len(ch))
		}
		close(ch)
	}()
	time.Sleep(10 * time.Millisecond)
	for v := range ch {
		fmt.Println("consumed", v)
		time.Sleep(5 * time.Millisecond)
	}
}
