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
	for j1 := 0; j1 < 3; j1++ {
		v2, ok3 := <-c1
		fmt.Println("g0 recv", v2, ok3)
	}
	for r4 := range c0 {
		fmt.Println("g0 range", r4)
		break
	}
	select {
	case v5 := <-c1:
		fmt.Println("g0 sel", v5)
	case c1 <- helper(id, 0):
		fmt.Println("g0 sent")
	}
	fmt.Println("g0", 5)
	c0 <- 5 + id
	close(c1)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 1
	wg.Add(1)
	go g0(1, c0, c1)
	fmt.Println("main", n * n % 7)
	fmt.Println("main", (2 - n) / 3)
	for r6 := range c1 {
		fmt.Println("main range", r6)
		break
	}
	for j7 := 0; j7 < 2; j7++ {
		c1 <- n
		if j7 == 2 {
			fmt.Println("main", helper(0, 0))
		} else {
			fmt.Println("main", len(c1), cap(c1))
		}
		fmt.Println("main", len(c0), cap(c0))
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
