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
	v1 := <-c0
	fmt.Println("g0 got", v1)
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c1 <- (8 - id) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	select {
	case v3 := <-c2:
		fmt.Println("g0 sel", v3)
	case c2 <- id * id % 7:
		fmt.Println("g0 sent")
	}
	fmt.Println("g0", id + id)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", id * 4 % 7)
	v4 := <-c0
	fmt.Println("g1 got", v4)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	c2 := make(chan int, 1)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	c1 <- helper(5, 5)
	for r5 := range c0 {
		fmt.Println("main range", r5)
		break
	}
	wg.Wait()
	fmt.Println("end", n)
}
