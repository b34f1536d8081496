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
	v1, ok2 := <-c1
	fmt.Println("g0 recv", v1, ok2)
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	for r3 := range c0 {
		fmt.Println("g0 range", r3)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Println("g1", len(c1), cap(c1))
	select {
	case v4 := <-c1:
		fmt.Println("g1 sel", v4)
	case c1 <- 1:
		fmt.Println("g1 sent")
	}
	time.Sleep(20 * time.Millisecond)
	for j5 := 0; j5 < 3; j5++ {
		v6 := <-c1
		fmt.Println("g1 got", v6)
	}
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 0)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	for r7 := range c0 {
		fmt.Println("main range", r7)
		break
	}
	if n < 4 {
		fmt.Println("main", n * 6 % 7)
	} else {
		if n == 4 {
			v8, ok9 := <-c0
			fmt.Println("main recv", v8, ok9)
		} else {
			fmt.Println("main", 8)
		}
	}
	v10 := <-c1
	fmt.Println("main got", v10)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
