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
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	for j1 := 0; j1 < 3; j1++ {
		select {
		case v2 := <-c2:
			fmt.Println("g0 sel", v2)
		case c1 <- helper(id, j1):
			fmt.Println("g0 sent")
		}
		v3 := <-c2
		fmt.Println("g0 got", v3)
		v4 := <-c2
		fmt.Println("g0 got", v4)
	}
	fmt.Println("g0", len(c0), cap(c0))
	time.Sleep(10 * time.Millisecond)
	if id < 1 {
		fmt.Printf("g0 %d %v\n", id, "s")
	} else {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("g0", len(c2), cap(c2))
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", 0 * id % 7)
	v5, ok6 := <-c0
	fmt.Println("g1 recv", v5, ok6)
	fmt.Println("g1", 8 + id)
	fmt.Println("g1", len(c2), cap(c2))
	fmt.Println("g1", len(c1), cap(c1))
	fmt.Printf("g1 %d %v\n", 6 * 6 % 7, len(c0))
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g2", len(c0), cap(c0))
	for j7 := 0; j7 < 2; j7++ {
		close(c1)
		for r8 := range c1 {
			fmt.Println("g2 range", r8)
			break
		}
		fmt.Printf("g2 %d %v\n", j7 + 7, "s")
	}
	v9, ok10 := <-c0
	fmt.Println("g2 recv", v9, ok10)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 2)
	c2 := make(chan int, 0)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	fmt.Println("main", helper(n, 2))
	c0 <- n + 4
	fmt.Println("main", len(c1), cap(c1))
	wg.Wait()
	fmt.Println("end", n)
}
