package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("first waiter got the lock")
		mu.Unlock()
	}()
	go func() {
		<-ch
		mu.Lock()
		fmt.Println("late comer got the lock")
		mu.Unlock()
	}()
	time.Sleep(time.Millisecond)
	mu.Unlock()
	mu.Lock()
	ch <- 1
	time.Sleep(time.Millisecond)
	mu.Unlock()
	time.Sleep(time.Millisecond)
}
