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
	if id < 0 {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	} else {
		fmt.Println("g0", len(c1), cap(c1))
	}
	fmt.Printf("g0 %d %v\n", helper(id, 6), len(c0))
	if id < 5 {
		if id > 1 {
			mu.Lock()
			fmt.Println("g0 locked")
			mu.Unlock()
		} else {
			fmt.Println("g0", len(c0), cap(c0))
		}
	} else {
		fmt.Println("g0", (2 - id) / 3)
	}
	fmt.Println("g0", id * 1 % 7)
	fmt.Printf("g0 %d %v\n", helper(9, 9), len(c0))
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	v1 := <-c0
	fmt.Println("g1 got", v1)
	c1 <- helper(9, 9)
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	for r2 := range c0 {
		fmt.Println("g2 range", r2)
		break
	}
	v3, ok4 := <-c0
	fmt.Println("g2 recv", v3, ok4)
	v5 := <-c0
	fmt.Println("g2 got", v5)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", len(c0), cap(c0))
	fmt.Println("main", len(c0), cap(c0))
	wg.Wait()
	fmt.Println("end", n)
}
