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
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	for j1 := 0; j1 < 1; j1++ {
		for j2 := 0; j2 < 2; j2++ {
			time.Sleep(20 * time.Millisecond)
			v3 := <-c0
			fmt.Println("g0 got", v3)
			v4 := <-c0
			fmt.Println("g0 got", v4)
		}
	}
	fmt.Printf("g0 %d %v\n", id * 3 % 7, "s")
	c0 <- helper(4, id)
	c0 <- id * 8 % 7
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	v5, ok6 := <-c0
	fmt.Println("g1 recv", v5, ok6)
	select {
	case v7 := <-c0:
		fmt.Println("g1 sel", v7)
	case c0 <- 0:
		fmt.Println("g1 sent")
	}
}

func main() {
	c0 := make(chan int, 0)
	n := 3
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	v8 := <-c0
	fmt.Println("main got", v8)
	v9 := <-c0
	fmt.Println("main got", v9)
	fmt.Println("main", len(c0), cap(c0))
	time.Sleep(1 * time.Millisecond)
	wg.Wait()
	fmt.Println("end", n)
}
