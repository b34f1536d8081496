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
	fmt.Println("g0", 2 + 2)
	v1, ok2 := <-c1
	fmt.Println("g0 recv", v1, ok2)
	select {
	case v3 := <-c0:
		fmt.Println("g0 sel", v3)
	case c0 <- helper(4, 4):
		fmt.Println("g0 sent")
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", (id - id) / 3)
	fmt.Println("g1", id + 6)
	v4 := <-c1
	fmt.Println("g1 got", v4)
	fmt.Println("g1", len(c1), cap(c1))
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 1)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	select {
	case v5 := <-c1:
		fmt.Println("main sel", v5)
	case c0 <- 2:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
