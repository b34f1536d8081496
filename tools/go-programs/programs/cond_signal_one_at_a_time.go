package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	tickets := 0
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			mu.Lock()
			for tickets == 0 {
				c.Wait()
			}
			tickets--
			fmt.Println("customer", id, "served")
			mu.Unlock()
			done <- id
		}(i)
	}
	for k := 0; k < 3; k++ {
		time.Sleep(3 * time.Millisecond)
		mu.Lock()
		tickets++
		fmt.Println("ticket issued")
		c.Signal()
		mu.Unlock()
		fmt.Println("finished", <-done)
	}
}
