package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		ch <- "fast"
		time.Sleep(200 * time.Millisecond)
		ch <- "slow"
	}()
	for i := 0; i < 3; i++ {
		select {
		case msg := <-ch:
			fmt.Println("received", msg)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timeout", i)
		}
	}
}
