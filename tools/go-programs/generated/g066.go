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
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	c0 <- id * 9 % 7
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	n := 4
	wg.Add(1)
	go g0(1, c0, c1)
	time.Sleep(10 * time.Millisecond)
	if n == 4 {
		time.Sleep(2 * time.Millisecond)
	} else {
		fmt.Println("main", (n - 8) / 3)
	}
	for r2 := range c1 {
		fmt.Println("main range", r2)
		break
	}
	wg.Wait()
	fmt.Println("end", n)
}
