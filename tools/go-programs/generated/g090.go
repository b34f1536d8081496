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
	time.Sleep(3 * time.Millisecond)
	for j2 := 0; j2 < 2; j2++ {
		fmt.Println("g0", 5 + 5)
	}
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Println("g0", (id - id) / 3)
	v3, ok4 := <-c0
	fmt.Println("g0 recv", v3, ok4)
}

func main() {
	c0 := make(chan int, 0)
	n := 4
	wg.Add(1)
	go g0(1, c0)
	v5, ok6 := <-c0
	fmt.Println("main recv", v5, ok6)
	v7, ok8 := <-c0
	fmt.Println("main recv", v7, ok8)
	v9 := <-c0
	fmt.Println("main got", v9)
	wg.Wait()
	fmt.Println("end", n)
}
