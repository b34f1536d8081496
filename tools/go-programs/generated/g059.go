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
	if id < 0 {
		for j1 := 0; j1 < 2; j1++ {
			fmt.Println("g0", len(c1), cap(c1))
			mu.Lock()
			fmt.Println("g0 locked")
			mu.Unlock()
		}
	} else {
		close(c1)
	}
	c0 <- 4 * id % 7
	v2 := <-c1
	fmt.Println("g0 got", v2)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	c2 <- 9 + id
	c2 <- 6 + id
	for r3 := range c2 {
		fmt.Println("g1 range", r3)
		break
	}
	for j4 := 0; j4 < 1; j4++ {
		close(c1)
	}
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v5, ok6 := <-c0
	fmt.Println("g2 recv", v5, ok6)
	select {
	case v7 := <-c1:
		fmt.Println("g2 sel", v7)
	case c2 <- (id - id) / 3:
		fmt.Println("g2 sent")
	default:
		fmt.Println("g2 default")
	}
	for r8 := range c0 {
		fmt.Println("g2 range", r8)
		break
	}
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 3)
	c2 := make(chan int, 0)
	n := 2
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	c1 <- n + 0
	if n == 5 {
		fmt.Println("main", len(c0), cap(c0))
	} else {
		if n > 3 {
			fmt.Println("main", len(c1), cap(c1))
		} else {
			v9, ok10 := <-c1
			fmt.Println("main recv", v9, ok10)
		}
	}
	wg.Wait()
	fmt.Println("end", n)
}
