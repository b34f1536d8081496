package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 4; i++ {
			mu.Lock()
			fmt.Println("greedy", i)
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 4; i++ {
			mu.Lock()
			fmt.Println("polite", i)
			mu.Unlock()
			time.Sleep(time.Millisecond)
		}
	}()
	wg.Wait()
}
