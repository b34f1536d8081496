package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("work", id)
}

func main() {
	wg := &sync.WaitGroup{}
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go work(i, wg)
	}
	wg.Wait()
	mu := &sync.Mutex{}
	mu.Lock()
	mu.Unlock()
	fmt.Println("done")
}
