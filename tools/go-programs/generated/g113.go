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
	if id == 4 {
		fmt.Printf("g0 %d %v\n", helper(id, id), true)
	} else {
		v1, ok2 := <-c1
		fmt.Println("g0 recv", v1, ok2)
	}
	fmt.Println("g0", helper(9, 9))
	for j3 := 0; j3 < 1; j3++ {
		fmt.Println("g0", len(c1), cap(c1))
		c0 <- j3 * j3 % 7
	}
	fmt.Println("g0", 4)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	time.Sleep(1 * time.Millisecond)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	if id > 4 {
		for r4 := range c1 {
			fmt.Println("g1 range", r4)
			break
		}
	} else {
		fmt.Printf("g1 %d %v\n", 7 * 7 % 7, "s")
	}
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	time.Sleep(2 * time.Millisecond)
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Printf("g2 %d %v\n", 9 * 9 % 7, len(c1))
	fmt.Printf("g2 %d %v\n", id, len(c0))
	time.Sleep(5 * time.Millisecond)
	fmt.Println("g2", len(c0), cap(c0))
	fmt.Println("g2", 1 * 1 % 7)
	fmt.Println("g2", len(c2), cap(c2))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 2)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	c2 <- 6 * 6 % 7
	v5, ok6 := <-c1
	fmt.Println("main recv", v5, ok6)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
