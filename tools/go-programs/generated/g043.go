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
	fmt.Println("g0", (4 - 4) / 3)
	select {
	case v1 := <-c1:
		fmt.Println("g0 sel", v1)
	case c0 <- (5 - 5) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	if id > 0 {
		fmt.Println("g0", len(c0), cap(c0))
	} else {
		fmt.Println("g0", id + id)
	}
	c1 <- helper(id, id)
	for r2 := range c1 {
		fmt.Println("g0 range", r2)
		break
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1)
	fmt.Printf("main %d %v\n", helper(n, 6), "s")
	fmt.Printf("main %d %v\n", n * n % 7, true)
	wg.Wait()
	fmt.Println("end", n)
}
