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
	time.Sleep(1 * time.Millisecond)
	fmt.Printf("g0 %d %v\n", 2, true)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for r1 := range c1 {
		fmt.Println("g1 range", r1)
		break
	}
	fmt.Println("g1", helper(4, id))
	fmt.Println("g1", len(c1), cap(c1))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 2)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	select {
	case v2 := <-c2:
		fmt.Println("main sel", v2)
	case c1 <- helper(n, 1):
		fmt.Println("main sent")
	}
	close(c0)
	wg.Wait()
	fmt.Println("end", n)
}
