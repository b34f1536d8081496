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
	case c0 <- id * 0 % 7:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	for j2 := 0; j2 < 1; j2++ {
		fmt.Println("g0", len(c0), cap(c0))
		for r3 := range c0 {
			fmt.Println("g0 range", r3)
			break
		}
	}
	c0 <- 3 + id
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	select {
	case v4 := <-c1:
		fmt.Println("g1 sel", v4)
	case c1 <- (id - id) / 3:
		fmt.Println("g1 sent")
	}
	select {
	case v5 := <-c0:
		fmt.Println("g1 sel", v5)
	case c1 <- 2:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	fmt.Println("g1", len(c1), cap(c1))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	for j6 := 0; j6 < 3; j6++ {
		v7 := <-c1
		fmt.Println("main got", v7)
	}
	wg.Wait()
	fmt.Println("end", n)
}
