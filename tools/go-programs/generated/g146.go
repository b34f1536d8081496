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
	fmt.Println("g0", (3 - id) / 3)
	fmt.Println("g0", len(c1), cap(c1))
	select {
	case v1 := <-c1:
		fmt.Println("g0 sel", v1)
	case c0 <- id:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	for r2 := range c1 {
		fmt.Println("g0 range", r2)
		break
	}
	fmt.Println("g0", id + id)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	if id != 0 {
		fmt.Println("g1", (0 - id) / 3)
	} else {
		if id > 5 {
			v3, ok4 := <-c1
			fmt.Println("g1 recv", v3, ok4)
		} else {
			close(c1)
		}
	}
	close(c0)
	fmt.Printf("g1 %d %v\n", (1 - id) / 3, true)
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g2", len(c1), cap(c1))
	fmt.Println("g2", len(c2), cap(c2))
	fmt.Printf("g2 %d %v\n", id * 6 % 7, len(c2))
	for r5 := range c0 {
		fmt.Println("g2 range", r5)
		break
	}
	if id < 3 {
		fmt.Println("g2", helper(id, id))
	} else {
		close(c0)
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 1)
	c2 := make(chan int, 0)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	c0 <- 3 * n % 7
	time.Sleep(2 * time.Millisecond)
	wg.Wait()
	fmt.Println("end", n)
}
