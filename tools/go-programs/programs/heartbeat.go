package main

import (
	"fmt"
	"time"
)

func main() {
	work := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(time.Duration(i*30) * time.Millisecond)
			work <- i
		}
		close(work)
	}()
	for {
		select {
		case w, ok := <-work:
			if !ok {
				fmt.Println("no more work")
				return
			}
			fmt.Println("work", w)
		case <-time.After(25 * time.Millisecond):
			fmt.Println("heartbeat")
		}
	}
}
