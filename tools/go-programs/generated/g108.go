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
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Printf("g0 %d %v\n", (id - id) / 3, len(c0))
	for j1 := 0; j1 < 3; j1++ {
		c0 <- 0 * id % 7
	}
	c0 <- 9 + 9
	time.Sleep(1 * time.Millisecond)
	c1 <- id + 9
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", helper(7, 7))
	for j2 := 0; j2 < 2; j2++ {
		fmt.Printf("g1 %d %v\n", id, true)
		fmt.Println("g1", len(c0), cap(c0))
		fmt.Println("g1", id + 7)
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	v3 := <-c0
	fmt.Println("main got", v3)
	fmt.Println("main", len(c0), cap(c0))
	wg.Wait()
	fmt.Println("end", n)
}
