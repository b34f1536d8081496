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
	for j1 := 0; j1 < 1; j1++ {
		fmt.Println("g0", 4 * 4 % 7)
		fmt.Printf("g0 %d %v\n", 1 + 1, len(c1))
	}
	time.Sleep(3 * time.Millisecond)
	v2 := <-c0
	fmt.Println("g0 got", v2)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("g0", id * id % 7)
	fmt.Println("g0", 0)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(1)
	go g0(1, c0, c1)
	fmt.Printf("main %d %v\n", n * 5 % 7, true)
	fmt.Println("main", len(c0), cap(c0))
	wg.Wait()
	fmt.Println("end", n)
}
