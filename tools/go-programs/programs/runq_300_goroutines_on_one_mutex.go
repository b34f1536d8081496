package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	mu.Lock()
	for i := 1; i <= 300; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			count++
			if count%25 == 0 {
				fmt.Println("id", id, "count", count)
			}
			mu.Unlock()
		}(i)
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("final", count)
}
