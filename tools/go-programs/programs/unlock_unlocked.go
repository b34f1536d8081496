package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("once")
	defer fmt.Println("deferred does not run on a fatal error")
	mu.Unlock()
}
