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
	fmt.Println("g0", (4 - id) / 3)
	v1, ok2 := <-c0
	fmt.Println("g0 recv", v1, ok2)
	time.Sleep(20 * time.Millisecond)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c2), cap(c2))
	for j3 := 0; j3 < 1; j3++ {
		fmt.Printf("g1 %d %v\n", id + j3, "s")
		v4 := <-c2
		fmt.Println("g1 got", v4)
	}
	time.Sleep(5 * time.Millisecond)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	c2 := make(chan int, 3)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v5 := <-c0
	fmt.Println("main got", v5)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
