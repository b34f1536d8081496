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
	fmt.Printf("g0 %d %v\n", 8 * id % 7, true)
	fmt.Println("g0", len(c2), cap(c2))
	fmt.Println("g0", 9 + id)
	time.Sleep(1 * time.Millisecond)
	fmt.Println("g0", len(c2), cap(c2))
	fmt.Println("g0", len(c2), cap(c2))
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v1, ok2 := <-c0
	fmt.Println("g1 recv", v1, ok2)
	fmt.Println("g1", 3)
	time.Sleep(10 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	c2 := make(chan int, 0)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v3, ok4 := <-c1
	fmt.Println("main recv", v3, ok4)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
