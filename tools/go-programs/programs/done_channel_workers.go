package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan struct{})
	results := make(chan int)
	for i := 1; i <= 2; i++ {
		go func(id int) {
			n := 0
			for {
				select {
				case <-done:
					fmt.Println("worker", id, "stopping after", n)
					return
				case <-time.After(4 * time.Millisecond):
					n++
					results <- id*100 + n
				}
			}
		}(i)
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-results)
	}
	close(done)
	time.Sleep(10 * time.Millisecond)
}
