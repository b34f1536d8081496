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
	for j1 := 0; j1 < 2; j1++ {
		v2, ok3 := <-c1
		fmt.Println("g0 recv", v2, ok3)
		fmt.Println("g0", 5 + id)
	}
	fmt.Println("g0", len(c1), cap(c1))
	fmt.Println("g0", 8 + id)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v4 := <-c2
	fmt.Println("g1 got", v4)
	for j5 := 0; j5 < 2; j5++ {
		time.Sleep(20 * time.Millisecond)
		for j6 := 0; j6 < 3; j6++ {
			time.Sleep(10 * time.Millisecond)
		}
	}
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	c2 := make(chan int, 2)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	fmt.Println("main", len(c1), cap(c1))
	wg.Wait()
	fmt.Println("end", n)
}
