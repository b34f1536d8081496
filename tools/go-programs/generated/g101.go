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
	c1 <- id * id % 7
	fmt.Printf("g0 %d %v\n", 7 * id % 7, true)
	fmt.Println("g0", len(c1), cap(c1))
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	if id == 2 {
		select {
		case v1 := <-c2:
			fmt.Println("g1 sel", v1)
		case c1 <- (id - 5) / 3:
			fmt.Println("g1 sent")
		}
	} else {
		fmt.Println("g1", 4 + 4)
	}
	for r2 := range c0 {
		fmt.Println("g1 range", r2)
		break
	}
	for r3 := range c2 {
		fmt.Println("g1 range", r3)
		break
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	c2 := make(chan int, 3)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	c2 <- 5 * 5 % 7
	time.Sleep(3 * time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
