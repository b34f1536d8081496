package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		for !ready {
			c.Wait()
		}
		mu.Unlock()
		fmt.Println("never")
	}()
	mu.Lock()
	for !ready {
		c.Wait()
	}
	mu.Unlock()
}
