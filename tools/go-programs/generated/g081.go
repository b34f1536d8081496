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
	for j1 := 0; j1 < 1; j1++ {
		v2 := <-c2
		fmt.Println("g0 got", v2)
		v3 := <-c2
		fmt.Println("g0 got", v3)
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	c0 <- (id - id) / 3
	fmt.Printf("g0 %d %v\n", id, true)
	v4 := <-c1
	fmt.Println("g0 got", v4)
	c2 <- id * id % 7
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 2)
	c2 := make(chan int, 2)
	n := 4
	wg.Add(1)
	go g0(1, c0, c1, c2)
	for j5 := 0; j5 < 1; j5++ {
		select {
		case v6 := <-c2:
			fmt.Println("main sel", v6)
		case c1 <- 9 * 9 % 7:
			fmt.Println("main sent")
		}
		for r7 := range c2 {
			fmt.Println("main range", r7)
			break
		}
		c1 <- 9 * j5 % 7
	}
	time.Sleep(5 * time.Millisecond)
	wg.Wait()
	fmt.Println("end", n)
}
