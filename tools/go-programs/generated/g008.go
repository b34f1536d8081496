package main

import (
	"fmt"
	"sync"
	"time"
)

const unit = time.Millisecond

var mu sync.Mutex
var wg sync.WaitGroup

func helper(a int, b int) int {
	if a > b {
		return a - b
	}
	return a*2 + b
}

func g0(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	v1, ok2 := <-c1
	fmt.Println("g0 recv", v1, ok2)
	for r3 := range c0 {
		fmt.Println("g0 range", r3)
		break
	}
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 1)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1)
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	fmt.Println("main", len(c0), cap(c0))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
