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
	case c0 <- helper(id, 5):
		fmt.Println("g0 sent")
	}
	fmt.Println("g0", 5)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	v2 := <-c0
	fmt.Println("g1 got", v2)
	select {
	case v3 := <-c1:
		fmt.Println("g1 sel", v3)
	case c1 <- 6 + 6:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	fmt.Printf("g1 %d %v\n", id * id % 7, true)
	for r4 := range c1 {
		fmt.Println("g1 range", r4)
		break
	}
	for r5 := range c0 {
		fmt.Println("g1 range", r5)
		break
	}
	c1 <- helper(id, id)
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	for r6 := range c1 {
		fmt.Println("g2 range", r6)
		break
	}
	if id != 0 {
		v7, ok8 := <-c0
		fmt.Println("g2 recv", v7, ok8)
	} else {
		c0 <- id
	}
	time.Sleep(1 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	v9, ok10 := <-c0
	fmt.Println("main recv", v9, ok10)
	wg.Wait()
	fmt.Println("end", n)
}
