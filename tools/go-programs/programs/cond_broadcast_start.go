package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			for !ready {
				fmt.Println("runner", id, "waiting")
				cond.Wait()
			}
			mu.Unlock()
			fmt.Println("runner", id, "go!")
			time.Sleep(time.Duration(5-id) * time.Millisecond)
			fmt.Println("runner", id, "finished")
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
}
