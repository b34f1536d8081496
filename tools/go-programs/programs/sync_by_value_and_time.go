package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id)
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(i, wg)
	}
	t := <-time.After(1500 * time.Millisecond)
	fmt.Println(t)
	var mu sync.Mutex
	mu.Lock()
	m2 := mu
	m2.Unlock()
	fmt.Println("copy unlocked", mu, m2)
	wg.Wait()
}
