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
	if id < 2 {
		time.Sleep(10 * time.Millisecond)
	} else {
		fmt.Println("g0", 4)
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	fmt.Printf("g0 %d %v\n", 5 + id, len(c0))
	fmt.Println("g0", len(c2), cap(c2))
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c0 <- 7 * id % 7:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	close(c1)
	for r2 := range c2 {
		fmt.Println("g1 range", r2)
		break
	}
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 2)
	c2 := make(chan int, 0)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v3 := <-c1
	fmt.Println("main got", v3)
	close(c2)
	fmt.Println("main", helper(1, 1))
	for r4 := range c1 {
		fmt.Println("main range", r4)
		break
	}
	wg.Wait()
	fmt.Println("end", n)
}
