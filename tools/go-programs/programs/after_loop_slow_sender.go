package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		time.Sleep(120 * time.Millisecond)
		ch <- "late value"
	}()
	for {
		select {
		case s := <-ch:
			fmt.Println(s)
			return
		case <-time.After(50 * time.Millisecond):
			fmt.Println("still waiting")
		}
	}
}
