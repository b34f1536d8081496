package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			fmt.Println("got lock", id)
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	fmt.Println("main unlocks")
	mu.Unlock()
	wg.Wait()
}
