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
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c1 <- helper(4, id):
		fmt.Println("g0 sent")
	}
	for r2 := range c1 {
		fmt.Println("g0 range", r2)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	time.Sleep(3 * time.Millisecond)
	v3 := <-c0
	fmt.Println("g1 got", v3)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Println("g1", len(c0), cap(c0))
	if id > 5 {
		if id != 4 {
			c1 <- id * id % 7
		} else {
			fmt.Println("g1", 9 + 9)
		}
	} else {
		fmt.Printf("g1 %d %v\n", (id - id) / 3, len(c0))
	}
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g2", helper(id, 5))
	if id != 0 {
		mu.Lock()
		fmt.Println("g2 locked")
		mu.Unlock()
	} else {
		fmt.Println("g2", len(c0), cap(c0))
	}
	c1 <- id + id
	fmt.Println("g2", helper(id, 4))
	for r4 := range c0 {
		fmt.Println("g2 range", r4)
		break
	}
	fmt.Println("g2", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", len(c0), cap(c0))
	select {
	case v5 := <-c1:
		fmt.Println("main sel", v5)
	case c1 <- helper(n, n):
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	wg.Wait()
	fmt.Println("end", n)
}
