package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

func worker(id int, wg *sync.WaitGroup) {
	for i := 0; i < 4; i++ {
		mu.Lock()
		fmt.Println("worker", id, "round", i)
		time.Sleep(2 * time.Millisecond)
		mu.Unlock()
	}
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for id := 1; id <= 3; id++ {
		go worker(id, &wg)
	}
	wg.Wait()
}
