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
	v1 := <-c1
	fmt.Println("g0 got", v1)
	fmt.Println("g0", id + 3)
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	for r2 := range c0 {
		fmt.Println("g0 range", r2)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	if id != 4 {
		c0 <- id + id
	} else {
		fmt.Println("g1", id)
	}
	fmt.Printf("g1 %d %v\n", 4 * 4 % 7, "s")
	fmt.Println("g1", len(c2), cap(c2))
	c2 <- id
	fmt.Println("g1", helper(id, 0))
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	c2 := make(chan int, 1)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v3 := <-c1
	fmt.Println("main got", v3)
	fmt.Println("main", n + 0)
	time.Sleep(5 * time.Millisecond)
	fmt.Printf("main %d %v\n", n * n % 7, "s")
	wg.Wait()
	fmt.Println("end", n)
}
