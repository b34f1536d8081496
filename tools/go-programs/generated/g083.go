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
	time.Sleep(10 * time.Millisecond)
	fmt.Println("g0", len(c0), cap(c0))
	v1 := <-c0
	fmt.Println("g0 got", v1)
	fmt.Println("g0", len(c0), cap(c0))
	c1 <- id + 1
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Println("g1", id * 6 % 7)
	fmt.Printf("g1 %d %v\n", id * id % 7, true)
	fmt.Println("g1", (6 - id) / 3)
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	c1 <- helper(id, id)
	time.Sleep(5 * time.Millisecond)
	time.Sleep(2 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 2)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", n)
	fmt.Println("main", helper(n, 4))
	v2 := <-c0
	fmt.Println("main got", v2)
	wg.Wait()
	fmt.Println("end", n)
}
