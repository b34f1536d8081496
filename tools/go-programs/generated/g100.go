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
	fmt.Println("g0", len(c0), cap(c0))
	for j1 := 0; j1 < 1; j1++ {
		fmt.Println("g0", 6)
		fmt.Println("g0", 6)
	}
	if id != 5 {
		fmt.Println("g0", len(c2), cap(c2))
	} else {
		if id != 1 {
			time.Sleep(5 * time.Millisecond)
		} else {
			v2 := <-c1
			fmt.Println("g0 got", v2)
		}
	}
	time.Sleep(10 * time.Millisecond)
	v3 := <-c0
	fmt.Println("g0 got", v3)
	fmt.Println("g0", 3 * 3 % 7)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	c2 := make(chan int, 0)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1, c2)
	fmt.Println("main", len(c0), cap(c0))
	for j4 := 0; j4 < 2; j4++ {
		for j5 := 0; j5 < 3; j5++ {
			time.Sleep(2 * time.Millisecond)
		}
	}
	fmt.Println("main", 2 * 2 % 7)
	wg.Wait()
	fmt.Println("end", n)
}
