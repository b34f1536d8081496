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
	time.Sleep(10 * time.Millisecond)
	fmt.Println("g0", helper(id, id))
	if id > 1 {
		fmt.Println("g0", 7)
	} else {
		fmt.Println("g0", len(c0), cap(c0))
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for j1 := 0; j1 < 3; j1++ {
		for r2 := range c2 {
			fmt.Println("g1 range", r2)
			break
		}
	}
	v3 := <-c2
	fmt.Println("g1 got", v3)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("g1", helper(6, id))
	fmt.Println("g1", len(c1), cap(c1))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 3)
	c2 := make(chan int, 2)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	for r4 := range c2 {
		fmt.Println("main range", r4)
		break
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
