package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	go func() {
		defer fmt.Println("deferred before fatal")
		time.Sleep(5 * time.Millisecond)
		mu.Unlock()
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("main", i)
		time.Sleep(2 * time.Millisecond)
	}
}
