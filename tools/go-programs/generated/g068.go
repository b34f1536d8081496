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
	fmt.Printf("g0 %d %v\n", id, true)
	for j1 := 0; j1 < 3; j1++ {
		fmt.Println("g0", len(c1), cap(c1))
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	fmt.Println("g0", (6 - id) / 3)
	time.Sleep(20 * time.Millisecond)
	c0 <- (id - 4) / 3
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	for j2 := 0; j2 < 3; j2++ {
		fmt.Println("g1", j2 + 0)
	}
	fmt.Println("g1", id)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	v3 := <-c1
	fmt.Println("g1 got", v3)
	fmt.Printf("g1 %d %v\n", 4 * 4 % 7, "s")
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 0)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	time.Sleep(1 * time.Millisecond)
	v4 := <-c1
	fmt.Println("main got", v4)
	wg.Wait()
	fmt.Println("end", n)
}
