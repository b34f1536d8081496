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
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c2 <- helper(id, id):
		fmt.Println("g0 sent")
	}
	fmt.Println("g0", 9)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	for r2 := range c1 {
		fmt.Println("g1 range", r2)
		break
	}
	fmt.Println("g1", 1)
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	if id == 5 {
		fmt.Println("g2", (id - id) / 3)
	} else {
		fmt.Println("g2", len(c1), cap(c1))
	}
	fmt.Printf("g2 %d %v\n", 4 * id % 7, true)
	time.Sleep(3 * time.Millisecond)
	fmt.Println("g2", len(c1), cap(c1))
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 1)
	c2 := make(chan int, 3)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	for r3 := range c2 {
		fmt.Println("main range", r3)
		break
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
