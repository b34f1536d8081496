package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 2; j++ {
				mu.Lock()
				fmt.Println("g", id, "has lock", j)
				time.Sleep(2 * time.Millisecond)
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
}
