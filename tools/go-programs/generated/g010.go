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
	v1 := <-c0
	fmt.Println("g0 got", v1)
	fmt.Println("g0", (id - id) / 3)
	fmt.Printf("g0 %d %v\n", id + id, len(c0))
	for j2 := 0; j2 < 1; j2++ {
		c0 <- j2 + 0
		close(c0)
	}
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	if id > 5 {
		fmt.Println("g1", len(c0), cap(c0))
	} else {
		for r3 := range c0 {
			fmt.Println("g1 range", r3)
			break
		}
	}
	if id > 2 {
		mu.Lock()
		fmt.Println("g1 locked")
		mu.Unlock()
	} else {
		c0 <- (5 - 5) / 3
	}
	fmt.Println("g1", 9)
	for r4 := range c0 {
		fmt.Println("g1 range", r4)
		break
	}
	close(c0)
}

func main() {
	c0 := make(chan int, 0)
	n := 2
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	for j5 := 0; j5 < 1; j5++ {
		close(c0)
	}
	select {
	case v6 := <-c0:
		fmt.Println("main sel", v6)
	case c0 <- (8 - 8) / 3:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	fmt.Printf("main %d %v\n", 1 + 1, "s")
	wg.Wait()
	fmt.Println("end", n)
}
