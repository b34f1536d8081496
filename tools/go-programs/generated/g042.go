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
	fmt.Println("g0", len(c1), cap(c1))
	fmt.Println("g0", id * id % 7)
	fmt.Println("g0", len(c0), cap(c0))
	v1 := <-c1
	fmt.Println("g0 got", v1)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", id * id % 7)
	fmt.Println("g1", 4)
	fmt.Println("g1", len(c1), cap(c1))
	c1 <- id
	for r2 := range c0 {
		fmt.Println("g1 range", r2)
		break
	}
	fmt.Println("g1", id + id)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	for j3 := 0; j3 < 3; j3++ {
		v4, ok5 := <-c0
		fmt.Println("main recv", v4, ok5)
	}
	c1 <- 2 * n % 7
	for r6 := range c0 {
		fmt.Println("main range", r6)
		break
	}
	time.Sleep(3 * time.Millisecond)
	wg.Wait()
	fmt.Println("end", n)
}
