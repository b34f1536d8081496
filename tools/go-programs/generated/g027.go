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
	fmt.Println("g0", len(c0), cap(c0))
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Println("g0", helper(3, 3))
	fmt.Println("g0", (0 - id) / 3)
	fmt.Println("g0", id * 1 % 7)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", (id - id) / 3)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
}

func main() {
	c0 := make(chan int, 2)
	n := 2
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	for r2 := range c0 {
		fmt.Println("main range", r2)
		break
	}
	for j3 := 0; j3 < 2; j3++ {
		fmt.Println("main", n)
	}
	v4 := <-c0
	fmt.Println("main got", v4)
	v5 := <-c0
	fmt.Println("main got", v5)
	wg.Wait()
	fmt.Println("end", n)
}
