package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex

func holder(name string, rounds int, hold time.Duration, wg *sync.WaitGroup) {
	for i := 0; i < rounds; i++ {
		mu.Lock()
		fmt.Println(name, "holds", i)
		time.Sleep(hold)
		mu.Unlock()
		time.Sleep(time.Duration(i) * time.Millisecond)
	}
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(4)
	go holder("a", 5, 2*time.Millisecond, &wg)
	go holder("b", 3, 3*time.Millisecond, &wg)
	go holder("c", 4, 0, &wg)
	go holder("d", 2, time.Millisecond, &wg)
	wg.Wait()
	mu.Lock()
	fmt.Println("main holds")
	mu.Unlock()
}
