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
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	for j1 := 0; j1 < 3; j1++ {
		v2, ok3 := <-c0
		fmt.Println("g0 recv", v2, ok3)
	}
	v4, ok5 := <-c0
	fmt.Println("g0 recv", v4, ok5)
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Println("g0", 4)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	for r6 := range c0 {
		fmt.Println("g1 range", r6)
		break
	}
	fmt.Println("g1", len(c0), cap(c0))
	c0 <- helper(id, id)
}

func main() {
	c0 := make(chan int, 0)
	n := 3
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	v7 := <-c0
	fmt.Println("main got", v7)
	wg.Wait()
	fmt.Println("end", n)
}
