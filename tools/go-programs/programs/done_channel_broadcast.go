package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for {
				select {
				case <-done:
					fmt.Println("worker", id, "stopping")
					return
				default:
					fmt.Println("worker", id, "working")
					time.Sleep(time.Duration(id) * 10 * time.Millisecond)
				}
			}
		}(i)
	}
	time.Sleep(35 * time.Millisecond)
	close(done)
	wg.Wait()
	fmt.Println("all stopped")
}
