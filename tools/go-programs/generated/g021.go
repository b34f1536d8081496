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

func g0(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g0", len(c2), cap(c2))
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Println("g0", helper(1, id))
	v1 := <-c0
	fmt.Println("g0 got", v1)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 3)
	c2 := make(chan int, 0)
	n := 3
	wg.Add(1)
	go g0(1, c0, c1, c2)
	select {
	case v2 := <-c1:
		fmt.Println("main sel", v2)
	case c0 <- 1 + n:
		fmt.Println("main sent")
	}
	fmt.Println("main", len(c0), cap(c0))
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	wg.Wait()
	fmt.Println("end", n)
}
