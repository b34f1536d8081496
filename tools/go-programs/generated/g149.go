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
	fmt.Println("g0", len(c1), cap(c1))
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	if id == 1 {
		if id != 0 {
			v2 := <-c1
			fmt.Println("g1 got", v2)
		} else {
			fmt.Println("g1", len(c1), cap(c1))
		}
	} else {
		if id == 1 {
			fmt.Println("g1", len(c0), cap(c0))
		} else {
			v3, ok4 := <-c1
			fmt.Println("g1 recv", v3, ok4)
		}
	}
	close(c1)
	fmt.Println("g1", id + 4)
	time.Sleep(3 * time.Millisecond)
	fmt.Println("g1", len(c1), cap(c1))
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 3)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	select {
	case v5 := <-c0:
		fmt.Println("main sel", v5)
	case c0 <- 1 + 1:
		fmt.Println("main sent")
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
