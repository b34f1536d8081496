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
	fmt.Printf("g0 %d %v\n", (id - id) / 3, "s")
	for j1 := 0; j1 < 2; j1++ {
		v2 := <-c0
		fmt.Println("g0 got", v2)
		fmt.Println("g0", 2 + j1)
		close(c0)
	}
	fmt.Println("g0", id)
}

func main() {
	c0 := make(chan int, 0)
	n := 1
	wg.Add(1)
	go g0(1, c0)
	fmt.Println("main", 3)
	wg.Wait()
	fmt.Println("end", n)
}
