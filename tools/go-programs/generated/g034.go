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
	v1, ok2 := <-c0
	fmt.Println("g0 recv", v1, ok2)
	fmt.Println("g0", 6)
	v3 := <-c1
	fmt.Println("g0 got", v3)
	for r4 := range c1 {
		fmt.Println("g0 range", r4)
		break
	}
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(1)
	go g0(1, c0, c1)
	select {
	case v5 := <-c0:
		fmt.Println("main sel", v5)
	case c1 <- 9 * 9 % 7:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
