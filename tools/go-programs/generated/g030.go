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
	v1 := <-c2
	fmt.Println("g0 got", v1)
	if id < 1 {
		for r2 := range c0 {
			fmt.Println("g0 range", r2)
			break
		}
	} else {
		fmt.Println("g0", 9 + 9)
	}
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 0)
	c2 := make(chan int, 2)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1, c2)
	fmt.Println("main", helper(5, 5))
	fmt.Println("main", (n - 0) / 3)
	wg.Wait()
	fmt.Println("end", n)
}
