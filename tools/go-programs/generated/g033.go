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
	if id < 0 {
		fmt.Println("g0", len(c0), cap(c0))
	} else {
		time.Sleep(3 * time.Millisecond)
	}
	fmt.Println("g0", 1 * id % 7)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", (4 - id) / 3)
	fmt.Printf("g1 %d %v\n", 8 + id, len(c0))
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g2", helper(id, id))
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	for r1 := range c0 {
		fmt.Println("g2 range", r1)
		break
	}
	fmt.Println("g2", id * id % 7)
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 0)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	v2, ok3 := <-c1
	fmt.Println("main recv", v2, ok3)
	fmt.Println("main", len(c1), cap(c1))
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
