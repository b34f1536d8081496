package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				total += id
				fmt.Println("g", id, "total", total)
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
}
