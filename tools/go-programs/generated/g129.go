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
	fmt.Println("g0", len(c0), cap(c0))
	v1 := <-c0
	fmt.Println("g0 got", v1)
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c0 <- id * id % 7:
		fmt.Println("g0 sent")
	}
	v3 := <-c0
	fmt.Println("g0 got", v3)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	c0 <- helper(1, 1)
}

func main() {
	c0 := make(chan int, 2)
	n := 3
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	fmt.Println("main", len(c0), cap(c0))
	fmt.Println("main", len(c0), cap(c0))
	select {
	case v4 := <-c0:
		fmt.Println("main sel", v4)
	case c0 <- (3 - 3) / 3:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	fmt.Println("main", len(c0), cap(c0))
	wg.Wait()
	fmt.Println("end", n)
}
