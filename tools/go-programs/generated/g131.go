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
	fmt.Println("g0", len(c0), cap(c0))
	v1, ok2 := <-c0
	fmt.Println("g0 recv", v1, ok2)
}

func main() {
	c0 := make(chan int, 1)
	n := 2
	wg.Add(1)
	go g0(1, c0)
	select {
	case v3 := <-c0:
		fmt.Println("main sel", v3)
	case c0 <- n:
		fmt.Println("main sent")
	}
	for j4 := 0; j4 < 2; j4++ {
		fmt.Printf("main %d %v\n", helper(3, n), "s")
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Printf("main %d %v\n", 7 * n % 7, len(c0))
	for r5 := range c0 {
		fmt.Println("main range", r5)
		break
	}
	wg.Wait()
	fmt.Println("end", n)
}
