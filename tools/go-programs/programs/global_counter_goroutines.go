package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	total int
	mu    sync.Mutex
)

func add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(time.Duration(n) * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	total += n
	fmt.Println("added", n, "total", total)
}

func main() {
	var wg sync.WaitGroup
	for n := 5; n >= 1; n-- {
		wg.Add(1)
		go add(n, &wg)
	}
	wg.Wait()
	fmt.Println("total", total)
}
