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
	for j1 := 0; j1 < 2; j1++ {
		fmt.Printf("g0 %d %v\n", id, "s")
	}
	v2 := <-c1
	fmt.Println("g0 got", v2)
	if id < 0 {
		fmt.Println("g0", (3 - id) / 3)
	} else {
		for j3 := 0; j3 < 2; j3++ {
			fmt.Println("g0", len(c2), cap(c2))
		}
	}
	v4, ok5 := <-c1
	fmt.Println("g0 recv", v4, ok5)
	for r6 := range c1 {
		fmt.Println("g0 range", r6)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("g1", id * id % 7)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Println("g1", len(c0), cap(c0))
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for r7 := range c2 {
		fmt.Println("g2 range", r7)
		break
	}
	fmt.Println("g2", id + 2)
	fmt.Println("g2", 4 + id)
	if id != 5 {
		if id != 5 {
			fmt.Println("g2", len(c2), cap(c2))
		} else {
			fmt.Println("g2", len(c0), cap(c0))
		}
	} else {
		c1 <- (id - id) / 3
	}
	for r8 := range c0 {
		fmt.Println("g2 range", r8)
		break
	}
	v9 := <-c2
	fmt.Println("g2 got", v9)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 0)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	select {
	case v10 := <-c2:
		fmt.Println("main sel", v10)
	case c0 <- helper(n, 1):
		fmt.Println("main sent")
	}
	wg.Wait()
	fmt.Println("end", n)
}
