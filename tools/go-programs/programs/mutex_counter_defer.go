package main

import (
	"fmt"
	"sync"
	"time"
)


func main() {
	var mu sync.Mutex
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			count++
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)
	start := 3 * time.Millisecond
	fmt.Printf("%v %d %s\n", start, start, start)
}
