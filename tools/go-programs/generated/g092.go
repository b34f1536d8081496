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
	fmt.Printf("g0 %d %v\n", id + 8, len(c2))
	if id < 4 {
		if id > 4 {
			c0 <- helper(2, id)
		} else {
			time.Sleep(5 * time.Millisecond)
		}
	} else {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	select {
	case v1 := <-c1:
		fmt.Println("g0 sel", v1)
	case c0 <- (id - id) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	for j2 := 0; j2 < 2; j2++ {
		for j3 := 0; j3 < 2; j3++ {
			mu.Lock()
			fmt.Println("g0 locked")
			mu.Unlock()
			fmt.Println("g0", j3 + id)
			v4, ok5 := <-c0
			fmt.Println("g0 recv", v4, ok5)
		}
		fmt.Println("g0", len(c0), cap(c0))
		v6, ok7 := <-c2
		fmt.Println("g0 recv", v6, ok7)
	}
	fmt.Println("g0", 5 + id)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Printf("g1 %d %v\n", helper(7, 7), true)
	for r8 := range c1 {
		fmt.Println("g1 range", r8)
		break
	}
	fmt.Println("g1", len(c0), cap(c0))
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	close(c0)
	fmt.Println("g2", len(c1), cap(c1))
	v9, ok10 := <-c1
	fmt.Println("g2 recv", v9, ok10)
	fmt.Println("g2", 4)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 1)
	c2 := make(chan int, 3)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	fmt.Println("main", helper(n, 8))
	wg.Wait()
	fmt.Println("end", n)
}
