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
	fmt.Println("g0", (id - 5) / 3)
	for r1 := range c1 {
		fmt.Println("g0 range", r1)
		break
	}
	v2 := <-c1
	fmt.Println("g0 got", v2)
	fmt.Println("g0", (2 - 2) / 3)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	c2 := make(chan int, 0)
	n := 1
	wg.Add(1)
	go g0(1, c0, c1, c2)
	select {
	case v3 := <-c0:
		fmt.Println("main sel", v3)
	case c0 <- (n - 9) / 3:
		fmt.Println("main sent")
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
