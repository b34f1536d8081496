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
	v1 := <-c0
	fmt.Println("g0 got", v1)
	c0 <- 3
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	v2 := <-c0
	fmt.Println("g1 got", v2)
	c0 <- 7
	fmt.Println("g1", (id - id) / 3)
	select {
	case v3 := <-c0:
		fmt.Println("g1 sel", v3)
	case c0 <- id * id % 7:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	for j4 := 0; j4 < 3; j4++ {
		fmt.Println("g1", len(c0), cap(c0))
		fmt.Println("g1", j4)
		c0 <- (id - id) / 3
	}
	fmt.Println("g1", helper(0, 0))
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g2", len(c0), cap(c0))
	fmt.Printf("g2 %d %v\n", (id - id) / 3, true)
}

func main() {
	c0 := make(chan int, 1)
	n := 2
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	fmt.Println("main", n * 1 % 7)
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	wg.Wait()
	fmt.Println("end", n)
}
