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
	time.Sleep(2 * time.Millisecond)
	c1 <- (3 - 3) / 3
	close(c1)
	fmt.Printf("g0 %d %v\n", helper(id, id), true)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	c1 <- helper(9, 9)
	v1, ok2 := <-c0
	fmt.Println("g1 recv", v1, ok2)
	time.Sleep(5 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	fmt.Println("main", n)
	fmt.Println("main", helper(n, 8))
	select {
	case v3 := <-c1:
		fmt.Println("main sel", v3)
	case c1 <- 1 * n % 7:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
