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
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	fmt.Println("g0", len(c1), cap(c1))
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", (2 - id) / 3)
	if id == 3 {
		mu.Lock()
		fmt.Println("g1 locked")
		mu.Unlock()
	} else {
		fmt.Println("g1", len(c0), cap(c0))
	}
	for r1 := range c0 {
		fmt.Println("g1 range", r1)
		break
	}
	fmt.Println("g1", helper(6, id))
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 1)
	c2 := make(chan int, 1)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	for r2 := range c2 {
		fmt.Println("main range", r2)
		break
	}
	time.Sleep(10 * time.Millisecond)
	v3 := <-c2
	fmt.Println("main got", v3)
	wg.Wait()
	fmt.Println("end", n)
}
