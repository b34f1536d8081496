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
	fmt.Println("g0", 9)
	for j1 := 0; j1 < 1; j1++ {
		fmt.Println("g0", helper(id, id))
	}
	c1 <- id * id % 7
	for r2 := range c2 {
		fmt.Println("g0 range", r2)
		break
	}
	if id < 0 {
		fmt.Println("g0", len(c0), cap(c0))
	} else {
		time.Sleep(2 * time.Millisecond)
	}
	select {
	case v3 := <-c2:
		fmt.Println("g0 sel", v3)
	case c1 <- helper(id, id):
		fmt.Println("g0 sent")
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	if id != 5 {
		fmt.Println("g1", len(c1), cap(c1))
	} else {
		time.Sleep(5 * time.Millisecond)
	}
	for r4 := range c0 {
		fmt.Println("g1 range", r4)
		break
	}
	fmt.Printf("g1 %d %v\n", id, "s")
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 2)
	c2 := make(chan int, 1)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v5 := <-c1
	fmt.Println("main got", v5)
	fmt.Println("main", len(c1), cap(c1))
	fmt.Println("main", len(c1), cap(c1))
	fmt.Println("main", len(c1), cap(c1))
	wg.Wait()
	fmt.Println("end", n)
}
