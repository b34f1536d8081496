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
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	time.Sleep(1 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 2)
	c2 := make(chan int, 3)
	n := 4
	wg.Add(1)
	go g0(1, c0, c1, c2)
	select {
	case v2 := <-c0:
		fmt.Println("main sel", v2)
	case c2 <- 4:
		fmt.Println("main sent")
	}
	wg.Wait()
	fmt.Println("end", n)
}
