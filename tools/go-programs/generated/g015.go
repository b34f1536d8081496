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
	v1 := <-c2
	fmt.Println("g0 got", v1)
	for j2 := 0; j2 < 3; j2++ {
		fmt.Printf("g0 %d %v\n", j2 * 4 % 7, true)
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c1), cap(c1))
	c0 <- id * id % 7
	v3 := <-c1
	fmt.Println("g1 got", v3)
	fmt.Printf("g1 %d %v\n", helper(7, 7), len(c1))
	c0 <- 1 * 1 % 7
	v4, ok5 := <-c0
	fmt.Println("g1 recv", v4, ok5)
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	for r6 := range c1 {
		fmt.Println("g2 range", r6)
		break
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 1)
	c2 := make(chan int, 1)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	v7 := <-c2
	fmt.Println("main got", v7)
	v8 := <-c2
	fmt.Println("main got", v8)
	fmt.Printf("main %d %v\n", 0 + n, len(c0))
	wg.Wait()
	fmt.Println("end", n)
}
