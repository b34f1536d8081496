package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	polls := 0
	go func() {
		time.Sleep(25 * time.Millisecond)
		ch <- 9
	}()
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v, "after", polls, "polls")
			return
		default:
			polls++
			time.Sleep(10 * time.Millisecond)
		}
	}
}
