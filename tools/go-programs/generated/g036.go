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
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c0 <- (id - 5) / 3:
		fmt.Println("g0 sent")
	}
	time.Sleep(2 * time.Millisecond)
	c1 <- (id - 1) / 3
	fmt.Println("g0", 6)
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	v2 := <-c1
	fmt.Println("g0 got", v2)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1)
	for j3 := 0; j3 < 2; j3++ {
		close(c1)
	}
	wg.Wait()
	fmt.Println("end", n)
}
