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
	if id < 2 {
		fmt.Println("g0", len(c0), cap(c0))
	} else {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	for r1 := range c1 {
		fmt.Println("g0 range", r1)
		break
	}
	c1 <- helper(id, id)
	fmt.Println("g0", len(c1), cap(c1))
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	for j2 := 0; j2 < 1; j2++ {
		c1 <- id * j2 % 7
		fmt.Println("g1", len(c0), cap(c0))
		select {
		case v3 := <-c0:
			fmt.Println("g1 sel", v3)
		case c0 <- (9 - id) / 3:
			fmt.Println("g1 sent")
		default:
			fmt.Println("g1 default")
		}
	}
	v4, ok5 := <-c1
	fmt.Println("g1 recv", v4, ok5)
	fmt.Println("g1", (id - id) / 3)
	if id == 5 {
		fmt.Println("g1", id + 0)
	} else {
		if id > 4 {
			mu.Lock()
			fmt.Println("g1 locked")
			mu.Unlock()
		} else {
			fmt.Println("g1", len(c0), cap(c0))
		}
	}
	c0 <- id + 8
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 1)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	if n > 3 {
		fmt.Println("main", (5 - n) / 3)
	} else {
		fmt.Println("main", len(c0), cap(c0))
	}
	select {
	case v6 := <-c1:
		fmt.Println("main sel", v6)
	case c1 <- 8 + n:
		fmt.Println("main sent")
	}
	wg.Wait()
	fmt.Println("end", n)
}
