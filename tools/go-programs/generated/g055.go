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

func g0(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g0", (6 - id) / 3)
	v1 := <-c0
	fmt.Println("g0 got", v1)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("g0", len(c0), cap(c0))
	v2 := <-c0
	fmt.Println("g0 got", v2)
}

func main() {
	c0 := make(chan int, 2)
	n := 4
	wg.Add(1)
	go g0(1, c0)
	c0 <- helper(n, n)
	for r3 := range c0 {
		fmt.Println("main range", r3)
		break
	}
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	wg.Wait()
	fmt.Println("end", n)
}
