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
	for j1 := 0; j1 < 1; j1++ {
		fmt.Println("g0", id)
		c0 <- (0 - id) / 3
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	select {
	case v2 := <-c2:
		fmt.Println("g0 sel", v2)
	case c1 <- helper(id, 1):
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	c2 := make(chan int, 1)
	n := 1
	wg.Add(1)
	go g0(1, c0, c1, c2)
	if n == 2 {
		fmt.Println("main", (6 - n) / 3)
	} else {
		fmt.Println("main", helper(6, 6))
	}
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	select {
	case v3 := <-c2:
		fmt.Println("main sel", v3)
	case c2 <- helper(1, 1):
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	wg.Wait()
	fmt.Println("end", n)
}
