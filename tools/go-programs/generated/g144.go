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
	time.Sleep(10 * time.Millisecond)
	c0 <- (id - id) / 3
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 3)
	n := 3
	wg.Add(1)
	go g0(1, c0, c1)
	c0 <- helper(6, 6)
	select {
	case v1 := <-c0:
		fmt.Println("main sel", v1)
	case c1 <- helper(n, n):
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	select {
	case v2 := <-c0:
		fmt.Println("main sel", v2)
	case c0 <- n + 3:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	wg.Wait()
	fmt.Println("end", n)
}
