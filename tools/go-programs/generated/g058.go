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
	fmt.Println("g0", len(c1), cap(c1))
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c1 <- (id - 4) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	fmt.Println("g0", helper(id, 1))
	select {
	case v2 := <-c1:
		fmt.Println("g0 sel", v2)
	case c1 <- id * id % 7:
		fmt.Println("g0 sent")
	}
	fmt.Println("g0", len(c2), cap(c2))
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 3)
	c2 := make(chan int, 1)
	n := 1
	wg.Add(1)
	go g0(1, c0, c1, c2)
	fmt.Printf("main %d %v\n", n + 4, len(c1))
	wg.Wait()
	fmt.Println("end", n)
}
