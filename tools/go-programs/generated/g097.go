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
	select {
	case v1 := <-c2:
		fmt.Println("g0 sel", v1)
	case c1 <- (id - id) / 3:
		fmt.Println("g0 sent")
	}
	for r2 := range c1 {
		fmt.Println("g0 range", r2)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for r3 := range c0 {
		fmt.Println("g1 range", r3)
		break
	}
	fmt.Println("g1", helper(6, id))
	fmt.Printf("g1 %d %v\n", 1 + id, len(c2))
	fmt.Println("g1", (8 - 8) / 3)
	fmt.Println("g1", len(c1), cap(c1))
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 1)
	c2 := make(chan int, 2)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v4, ok5 := <-c2
	fmt.Println("main recv", v4, ok5)
	select {
	case v6 := <-c1:
		fmt.Println("main sel", v6)
	case c1 <- 0 + n:
		fmt.Println("main sent")
	}
	c2 <- 1 * n % 7
	select {
	case v7 := <-c2:
		fmt.Println("main sel", v7)
	case c0 <- (2 - 2) / 3:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
