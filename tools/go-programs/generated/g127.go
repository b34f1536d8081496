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
	select {
	case v1 := <-c1:
		fmt.Println("g0 sel", v1)
	case c1 <- (id - 9) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	c0 <- 2 * 2 % 7
	fmt.Println("g0", 7 + 7)
	fmt.Println("g0", len(c1), cap(c1))
	fmt.Printf("g0 %d %v\n", helper(3, id), len(c1))
	fmt.Println("g0", helper(3, id))
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 3)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1)
	fmt.Println("main", n)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
