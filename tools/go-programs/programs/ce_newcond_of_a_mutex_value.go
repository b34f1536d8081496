package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var cond = sync.NewCond(mu)
var ready bool

func main() {
	go func() {
		mu.Lock()
		ready = true
		cond.Signal()
		mu.Unlock()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
	fmt.Println("ready")
}
