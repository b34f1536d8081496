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
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	fmt.Println("g0", (0 - id) / 3)
	fmt.Println("g0", 8 + id)
	fmt.Println("g0", (id - id) / 3)
	fmt.Println("g0", len(c0), cap(c0))
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	select {
	case v2 := <-c0:
		fmt.Println("g1 sel", v2)
	case c0 <- 3 * 3 % 7:
		fmt.Println("g1 sent")
	}
	select {
	case v3 := <-c0:
		fmt.Println("g1 sel", v3)
	case c0 <- 4 + id:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	fmt.Println("g2", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 2)
	n := 4
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	v4, ok5 := <-c0
	fmt.Println("main recv", v4, ok5)
	wg.Wait()
	fmt.Println("end", n)
}
