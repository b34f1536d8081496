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
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Println("g0", id + 0)
	fmt.Println("g0", id)
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", len(c0), cap(c0))
	for j2 := 0; j2 < 3; j2++ {
		for r3 := range c1 {
			fmt.Println("g1 range", r3)
			break
		}
	}
	fmt.Println("g1", (5 - id) / 3)
	fmt.Println("g1", id * 1 % 7)
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g2", (2 - id) / 3)
	fmt.Println("g2", (id - 0) / 3)
	fmt.Println("g2", helper(5, id))
	fmt.Println("g2", id)
	v4, ok5 := <-c0
	fmt.Println("g2 recv", v4, ok5)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", 7)
	if n > 5 {
		fmt.Println("main", len(c0), cap(c0))
	} else {
		select {
		case v6 := <-c1:
			fmt.Println("main sel", v6)
		case c1 <- n * n % 7:
			fmt.Println("main sent")
		}
	}
	wg.Wait()
	fmt.Println("end", n)
}
