package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	turn := 0
	for i := 1; i <= 4; i++ {
		go func(id int) {
			mu.Lock()
			fmt.Println("waiter", id, "waiting")
			cond.Wait()
			fmt.Println("waiter", id, "woke, turn", turn)
			turn++
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	for i := 0; i < 2; i++ {
		mu.Lock()
		cond.Signal()
		mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	time.Sleep(time.Millisecond)
	fmt.Println("turns", turn)
}
