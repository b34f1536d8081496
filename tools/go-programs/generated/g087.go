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
	if id != 4 {
		time.Sleep(10 * time.Millisecond)
	} else {
		fmt.Println("g0", helper(5, 5))
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", id)
	c1 <- helper(id, id)
	time.Sleep(1 * time.Millisecond)
	fmt.Println("g1", len(c1), cap(c1))
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", helper(6, 6))
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g2", 7)
	fmt.Printf("g2 %d %v\n", id * 5 % 7, "s")
	fmt.Println("g2", len(c0), cap(c0))
	if id == 2 {
		for r1 := range c0 {
			fmt.Println("g2 range", r1)
			break
		}
	} else {
		close(c1)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("g2", (id - 7) / 3)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 1)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	fmt.Println("main", (n - 3) / 3)
	fmt.Println("main", len(c1), cap(c1))
	wg.Wait()
	fmt.Println("end", n)
}
