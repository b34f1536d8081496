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
	fmt.Println("g0", helper(8, id))
	fmt.Println("g0", (id - 7) / 3)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	if id != 1 {
		v1 := <-c0
		fmt.Println("g1 got", v1)
	} else {
		fmt.Printf("g1 %d %v\n", 5 * id % 7, "s")
	}
	for r2 := range c0 {
		fmt.Println("g1 range", r2)
		break
	}
	c0 <- helper(id, 0)
	c0 <- id
	for j3 := 0; j3 < 3; j3++ {
		fmt.Printf("g1 %d %v\n", id * j3 % 7, len(c0))
	}
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g2", len(c0), cap(c0))
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	v4, ok5 := <-c0
	fmt.Println("g2 recv", v4, ok5)
	select {
	case v6 := <-c0:
		fmt.Println("g2 sel", v6)
	case c0 <- 5 * 5 % 7:
		fmt.Println("g2 sent")
	}
	fmt.Printf("g2 %d %v\n", (id - id) / 3, len(c0))
	fmt.Printf("g2 %d %v\n", id * id % 7, "s")
}

func main() {
	c0 := make(chan int, 1)
	n := 4
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	fmt.Println("main", helper(n, 6))
	time.Sleep(3 * time.Millisecond)
	c0 <- n
	wg.Wait()
	fmt.Println("end", n)
}
