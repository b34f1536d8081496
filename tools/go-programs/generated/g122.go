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
	fmt.Printf("g0 %d %v\n", helper(2, id), true)
	for r1 := range c1 {
		fmt.Println("g0 range", r1)
		break
	}
	v2, ok3 := <-c0
	fmt.Println("g0 recv", v2, ok3)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 3)
	c2 := make(chan int, 3)
	n := 4
	wg.Add(1)
	go g0(1, c0, c1, c2)
	fmt.Println("main", n + 7)
	fmt.Println("main", n + 0)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
