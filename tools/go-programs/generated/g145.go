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
	c1 <- 0 * id % 7
	fmt.Printf("g0 %d %v\n", id, len(c0))
	v1 := <-c0
	fmt.Println("g0 got", v1)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 2)
	c2 := make(chan int, 3)
	n := 3
	wg.Add(1)
	go g0(1, c0, c1, c2)
	fmt.Println("main", (5 - 5) / 3)
	c2 <- 6
	if n == 5 {
		v2 := <-c1
		fmt.Println("main got", v2)
	} else {
		v3, ok4 := <-c2
		fmt.Println("main recv", v3, ok4)
	}
	c1 <- n
	wg.Wait()
	fmt.Println("end", n)
}
