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
	fmt.Println("g0", len(c1), cap(c1))
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	fmt.Println("g0", id * id % 7)
	select {
	case v1 := <-c1:
		fmt.Println("g0 sel", v1)
	case c1 <- id + 8:
		fmt.Println("g0 sent")
	}
	fmt.Println("g0", len(c1), cap(c1))
	fmt.Println("g0", helper(id, id))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 3)
	n := 1
	wg.Add(1)
	go g0(1, c0, c1)
	fmt.Printf("main %d %v\n", helper(0, 0), len(c1))
	for j2 := 0; j2 < 3; j2++ {
		for r3 := range c1 {
			fmt.Println("main range", r3)
			break
		}
		for r4 := range c1 {
			fmt.Println("main range", r4)
			break
		}
	}
	wg.Wait()
	fmt.Println("end", n)
}
