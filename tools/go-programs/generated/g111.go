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
	c0 <- 9 * 9 % 7
	fmt.Println("g0", len(c0), cap(c0))
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c0 <- id * 2 % 7:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	fmt.Printf("g0 %d %v\n", 1 + id, len(c0))
	fmt.Printf("g0 %d %v\n", (id - 3) / 3, "s")
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	v2 := <-c0
	fmt.Println("g1 got", v2)
	v3, ok4 := <-c0
	fmt.Println("g1 recv", v3, ok4)
	fmt.Println("g1", id + 2)
}

func main() {
	c0 := make(chan int, 0)
	n := 4
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	select {
	case v5 := <-c0:
		fmt.Println("main sel", v5)
	case c0 <- n:
		fmt.Println("main sent")
	}
	v6 := <-c0
	fmt.Println("main got", v6)
	v7 := <-c0
	fmt.Println("main got", v7)
	for j8 := 0; j8 < 2; j8++ {
		fmt.Println("main", n)
		fmt.Printf("main %d %v\n", n * j8 % 7, len(c0))
	}
	wg.Wait()
	fmt.Println("end", n)
}
