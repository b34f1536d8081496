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
	for r1 := range c1 {
		fmt.Println("g0 range", r1)
		break
	}
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c0 <- helper(2, id):
		fmt.Println("g0 sent")
	}
	time.Sleep(2 * time.Millisecond)
	v3, ok4 := <-c0
	fmt.Println("g0 recv", v3, ok4)
	select {
	case v5 := <-c1:
		fmt.Println("g0 sel", v5)
	case c0 <- 1:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	fmt.Println("g0", id * id % 7)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	select {
	case v6 := <-c0:
		fmt.Println("g1 sel", v6)
	case c0 <- helper(3, id):
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	c1 <- id
	time.Sleep(2 * time.Millisecond)
	fmt.Println("g1", id)
	c1 <- helper(1, 1)
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g2", len(c1), cap(c1))
	fmt.Println("g2", helper(1, id))
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 1)
	n := 2
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	v7, ok8 := <-c0
	fmt.Println("main recv", v7, ok8)
	fmt.Println("main", len(c1), cap(c1))
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
