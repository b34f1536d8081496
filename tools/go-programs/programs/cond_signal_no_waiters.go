package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c.Broadcast()
	fmt.Println("signalled nobody")
	done := false
	go func() {
		time.Sleep(2 * time.Millisecond)
		mu.Lock()
		done = true
		mu.Unlock()
		c.Signal()
		fmt.Println("signalled after unlock")
	}()
	mu.Lock()
	for !done {
		c.Wait()
	}
	mu.Unlock()
	fmt.Println("main saw done")
}
