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
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	fmt.Println("g0", id * 4 % 7)
	fmt.Println("g0", len(c0), cap(c0))
	v2 := <-c0
	fmt.Println("g0 got", v2)
	if id == 2 {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	} else {
		if id > 1 {
			fmt.Println("g0", len(c0), cap(c0))
		} else {
			fmt.Println("g0", len(c0), cap(c0))
		}
	}
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", len(c0), cap(c0))
	time.Sleep(1 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 0)
	n := 2
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	for j3 := 0; j3 < 1; j3++ {
		v4, ok5 := <-c0
		fmt.Println("main recv", v4, ok5)
		select {
		case v6 := <-c0:
			fmt.Println("main sel", v6)
		case c0 <- helper(n, j3):
			fmt.Println("main sent")
		}
	}
	fmt.Println("main", len(c0), cap(c0))
	select {
	case v7 := <-c0:
		fmt.Println("main sel", v7)
	case c0 <- n:
		fmt.Println("main sent")
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
