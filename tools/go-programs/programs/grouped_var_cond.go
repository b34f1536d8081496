package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.Mutex
	cond  = sync.NewCond(&mu)
	queue = 0
	limit = 3
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 6; i++ {
			mu.Lock()
			for queue == limit {
				cond.Wait()
			}
			queue++
			fmt.Println("push ->", queue)
			cond.Broadcast()
			mu.Unlock()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 6; i++ {
			mu.Lock()
			for queue == 0 {
				cond.Wait()
			}
			queue--
			fmt.Println("pop  ->", queue)
			cond.Broadcast()
			mu.Unlock()
		}
	}()
	wg.Wait()
}
