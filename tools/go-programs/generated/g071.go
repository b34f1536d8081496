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
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Printf("g0 %d %v\n", helper(id, id), "s")
	fmt.Println("g0", helper(id, id))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 4
	wg.Add(1)
	go g0(1, c0, c1)
	fmt.Println("main", len(c0), cap(c0))
	c0 <- 4
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
