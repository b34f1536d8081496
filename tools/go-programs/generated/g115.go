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
	v1 := <-c0
	fmt.Println("g0 got", v1)
	time.Sleep(1 * time.Millisecond)
	for r2 := range c1 {
		fmt.Println("g0 range", r2)
		break
	}
	close(c1)
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1)
	c0 <- 0 + 0
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	wg.Wait()
	fmt.Println("end", n)
}
