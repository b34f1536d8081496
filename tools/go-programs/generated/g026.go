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

func g0(id int, c0 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c0 <- id + 3:
		fmt.Println("g0 sent")
	}
	fmt.Println("g0", len(c0), cap(c0))
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", helper(id, 6))
	for r2 := range c0 {
		fmt.Println("g1 range", r2)
		break
	}
	if id < 2 {
		for r3 := range c0 {
			fmt.Println("g1 range", r3)
			break
		}
	} else {
		fmt.Println("g1", len(c0), cap(c0))
	}
	select {
	case v4 := <-c0:
		fmt.Println("g1 sel", v4)
	case c0 <- (2 - id) / 3:
		fmt.Println("g1 sent")
	}
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	v5 := <-c0
	fmt.Println("g2 got", v5)
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	fmt.Println("g2", id + id)
	fmt.Println("g2", helper(3, 3))
}

func main() {
	c0 := make(chan int, 2)
	n := 3
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	v6 := <-c0
	fmt.Println("main got", v6)
	v7 := <-c0
	fmt.Println("main got", v7)
	wg.Wait()
	fmt.Println("end", n)
}
