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
	fmt.Printf("g0 %d %v\n", 3, "s")
	fmt.Printf("g0 %d %v\n", id, len(c0))
	fmt.Println("g0", id)
	close(c1)
	if id == 1 {
		if id == 4 {
			mu.Lock()
			fmt.Println("g0 locked")
			mu.Unlock()
		} else {
			v1, ok2 := <-c1
			fmt.Println("g0 recv", v1, ok2)
		}
	} else {
		for r3 := range c1 {
			fmt.Println("g0 range", r3)
			break
		}
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	c1 <- helper(2, 2)
	fmt.Println("g1", len(c0), cap(c0))
	v4 := <-c1
	fmt.Println("g1 got", v4)
	select {
	case v5 := <-c1:
		fmt.Println("g1 sel", v5)
	case c0 <- helper(3, 3):
		fmt.Println("g1 sent")
	}
	if id < 5 {
		fmt.Println("g1", len(c1), cap(c1))
	} else {
		for r6 := range c1 {
			fmt.Println("g1 range", r6)
			break
		}
	}
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	select {
	case v7 := <-c0:
		fmt.Println("g2 sel", v7)
	case c1 <- id * id % 7:
		fmt.Println("g2 sent")
	default:
		fmt.Println("g2 default")
	}
	v8 := <-c0
	fmt.Println("g2 got", v8)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", n)
	wg.Wait()
	fmt.Println("end", n)
}
