package main

import (
	"fmt"
	"sync"
	"time"
)

const greeting = "hello"
const n = 3
const delay = 20 * time.Millisecond

var total int
var wg sync.WaitGroup
var mu sync.Mutex

func add(v int) {
	defer wg.Done()
	time.Sleep(delay)
	mu.Lock()
	total += v
	mu.Unlock()
}

func main() {
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go add(i)
	}
	wg.Wait()
	fmt.Println(greeting, total)
}
