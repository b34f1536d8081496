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
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	if id == 5 {
		fmt.Println("g0", len(c0), cap(c0))
	} else {
		v2, ok3 := <-c0
		fmt.Println("g0 recv", v2, ok3)
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	if id == 5 {
		if id < 5 {
			fmt.Println("g0", len(c0), cap(c0))
		} else {
			fmt.Println("g0", id * 4 % 7)
		}
	} else {
		for r4 := range c0 {
			fmt.Println("g0 range", r4)
			break
		}
	}
	c0 <- helper(id, 5)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	for r5 := range c0 {
		fmt.Println("g1 range", r5)
		break
	}
	for r6 := range c0 {
		fmt.Println("g1 range", r6)
		break
	}
	select {
	case v7 := <-c0:
		fmt.Println("g1 sel", v7)
	case c0 <- 6:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	for j8 := 0; j8 < 2; j8++ {
		for r9 := range c0 {
			fmt.Println("g1 range", r9)
			break
		}
	}
}

func main() {
	c0 := make(chan int, 0)
	n := 2
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	close(c0)
	fmt.Println("main", helper(n, n))
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	wg.Wait()
	fmt.Println("end", n)
}
