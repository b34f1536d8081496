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
	select {
	case v1 := <-c1:
		fmt.Println("g0 sel", v1)
	case c1 <- 7 + id:
		fmt.Println("g0 sent")
	}
	time.Sleep(10 * time.Millisecond)
	v2 := <-c1
	fmt.Println("g0 got", v2)
	v3, ok4 := <-c1
	fmt.Println("g0 recv", v3, ok4)
	v5, ok6 := <-c1
	fmt.Println("g0 recv", v5, ok6)
	time.Sleep(3 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 1
	wg.Add(1)
	go g0(1, c0, c1)
	c1 <- n * 9 % 7
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	fmt.Println("main", len(c1), cap(c1))
	v7, ok8 := <-c1
	fmt.Println("main recv", v7, ok8)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
