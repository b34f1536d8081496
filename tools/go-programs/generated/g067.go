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
	time.Sleep(20 * time.Millisecond)
	fmt.Printf("g0 %d %v\n", 6 + id, len(c0))
	v1 := <-c0
	fmt.Println("g0 got", v1)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	for r2 := range c0 {
		fmt.Println("g1 range", r2)
		break
	}
	fmt.Println("g1", 5)
	v3, ok4 := <-c0
	fmt.Println("g1 recv", v3, ok4)
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	c0 <- id * 0 % 7
	v5, ok6 := <-c0
	fmt.Println("g2 recv", v5, ok6)
}

func main() {
	c0 := make(chan int, 0)
	n := 2
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	fmt.Println("main", (6 - n) / 3)
	select {
	case v7 := <-c0:
		fmt.Println("main sel", v7)
	case c0 <- n * n % 7:
		fmt.Println("main sent")
	}
	fmt.Printf("main %d %v\n", n * n % 7, "s")
	wg.Wait()
	fmt.Println("end", n)
}
