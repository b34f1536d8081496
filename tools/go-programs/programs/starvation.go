package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				fmt.Println(id, "in", j)
				time.Sleep(2 * time.Millisecond)
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("done")
}
