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
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Println("g0", len(c1), cap(c1))
	fmt.Println("g0", len(c1), cap(c1))
	if id != 3 {
		close(c1)
	} else {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	v1, ok2 := <-c1
	fmt.Println("g1 recv", v1, ok2)
	for r3 := range c0 {
		fmt.Println("g1 range", r3)
		break
	}
	if id > 0 {
		v4, ok5 := <-c1
		fmt.Println("g1 recv", v4, ok5)
	} else {
		fmt.Println("g1", (id - id) / 3)
	}
	v6, ok7 := <-c0
	fmt.Println("g1 recv", v6, ok7)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 1)
	c2 := make(chan int, 0)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	fmt.Println("main", 8)
	fmt.Println("main", len(c1), cap(c1))
	if n < 4 {
		v8, ok9 := <-c1
		fmt.Println("main recv", v8, ok9)
	} else {
		select {
		case v10 := <-c0:
			fmt.Println("main sel", v10)
		case c2 <- n * 4 % 7:
			fmt.Println("main sent")
		}
	}
	fmt.Printf("main %d %v\n", n + 7, len(c2))
	wg.Wait()
	fmt.Println("end", n)
}
