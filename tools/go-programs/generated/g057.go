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
	v1 := <-c0
	fmt.Println("g0 got", v1)
	fmt.Printf("g0 %d %v\n", id, true)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", id * id % 7)
	time.Sleep(10 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 2)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	c0 <- helper(6, n)
	time.Sleep(2 * time.Millisecond)
	wg.Wait()
	fmt.Println("end", n)
}
