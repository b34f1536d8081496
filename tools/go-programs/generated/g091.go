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
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c1 <- 5 * id % 7:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	time.Sleep(1 * time.Millisecond)
	if id < 1 {
		for j2 := 0; j2 < 1; j2++ {
			c1 <- (id - j2) / 3
			mu.Lock()
			fmt.Println("g0 locked")
			mu.Unlock()
			fmt.Printf("g0 %d %v\n", (0 - id) / 3, true)
		}
	} else {
		for j3 := 0; j3 < 1; j3++ {
			fmt.Println("g0", len(c1), cap(c1))
		}
	}
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 1)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1)
	fmt.Println("main", helper(n, n))
	if n != 0 {
		fmt.Println("main", (4 - 4) / 3)
	} else {
		time.Sleep(3 * time.Millisecond)
	}
	fmt.Println("main", len(c1), cap(c1))
	wg.Wait()
	fmt.Println("end", n)
}
