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
	c1 <- id * id % 7
	for j1 := 0; j1 < 3; j1++ {
		fmt.Println("g0", len(c1), cap(c1))
		fmt.Println("g0", id * j1 % 7)
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	for j2 := 0; j2 < 2; j2++ {
		fmt.Println("g1", 5)
		fmt.Printf("g1 %d %v\n", helper(j2, 2), len(c1))
		for r3 := range c1 {
			fmt.Println("g1 range", r3)
			break
		}
	}
	for j4 := 0; j4 < 2; j4++ {
		select {
		case v5 := <-c1:
			fmt.Println("g1 sel", v5)
		case c1 <- 0 + id:
			fmt.Println("g1 sent")
		default:
			fmt.Println("g1 default")
		}
	}
	fmt.Println("g1", len(c0), cap(c0))
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g2", id + 5)
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 0)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", len(c0), cap(c0))
	fmt.Println("main", len(c0), cap(c0))
	wg.Wait()
	fmt.Println("end", n)
}
