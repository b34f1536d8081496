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
	fmt.Println("g0", 4)
	c0 <- id + 5
	v1 := <-c2
	fmt.Println("g0 got", v1)
	time.Sleep(5 * time.Millisecond)
	if id > 2 {
		v2, ok3 := <-c2
		fmt.Println("g0 recv", v2, ok3)
	} else {
		fmt.Println("g0", (6 - id) / 3)
	}
	close(c0)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for r4 := range c2 {
		fmt.Println("g1 range", r4)
		break
	}
	c1 <- helper(4, id)
	fmt.Println("g1", 7)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 1)
	c2 := make(chan int, 1)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	fmt.Println("main", n + n)
	select {
	case v5 := <-c1:
		fmt.Println("main sel", v5)
	case c0 <- helper(1, 1):
		fmt.Println("main sent")
	}
	wg.Wait()
	fmt.Println("end", n)
}
