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
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(id) * time.Millisecond)
			mu.Lock()
			fmt.Println("got lock", id)
			time.Sleep(time.Millisecond)
			mu.Unlock()
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	mu.Unlock()
	wg.Wait()
	fmt.Println("end")
}
