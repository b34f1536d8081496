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
	fmt.Println("g0", len(c0), cap(c0))
	time.Sleep(20 * time.Millisecond)
	fmt.Println("g0", (id - id) / 3)
	c0 <- 5 + id
	fmt.Printf("g0 %d %v\n", 5 * 5 % 7, true)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(1)
	go g0(1, c0, c1)
	v1, ok2 := <-c1
	fmt.Println("main recv", v1, ok2)
	time.Sleep(10 * time.Millisecond)
	v3 := <-c0
	fmt.Println("main got", v3)
	if n == 3 {
		fmt.Println("main", 1)
	} else {
		c1 <- n + n
	}
	wg.Wait()
	fmt.Println("end", n)
}
