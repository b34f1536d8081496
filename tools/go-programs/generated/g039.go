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

func g0(id int, c0 chan int) {
	defer wg.Done()
	c0 <- id * id % 7
	for j1 := 0; j1 < 2; j1++ {
		fmt.Printf("g0 %d %v\n", 3 * id % 7, "s")
	}
	c0 <- id
}

func main() {
	c0 := make(chan int, 3)
	n := 3
	wg.Add(1)
	go g0(1, c0)
	select {
	case v2 := <-c0:
		fmt.Println("main sel", v2)
	case c0 <- 9 * 9 % 7:
		fmt.Println("main sent")
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
