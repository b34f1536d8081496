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

func g0(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g0", helper(6, 6))
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Printf("g1 %d %v\n", id, "s")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("g1", len(c0), cap(c0))
	time.Sleep(1 * time.Millisecond)
	fmt.Println("g1", 8 + id)
	select {
	case v1 := <-c0:
		fmt.Println("g1 sel", v1)
	case c0 <- id + 0:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	for r2 := range c0 {
		fmt.Println("g2 range", r2)
		break
	}
	for j3 := 0; j3 < 2; j3++ {
		if id > 3 {
			time.Sleep(2 * time.Millisecond)
		} else {
			v4, ok5 := <-c0
			fmt.Println("g2 recv", v4, ok5)
		}
	}
}

func main() {
	c0 := make(chan int, 1)
	n := 1
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	fmt.Println("main", n)
	time.Sleep(20 * time.Millisecond)
	c0 <- helper(8, n)
	c0 <- n
	wg.Wait()
	fmt.Println("end", n)
}
