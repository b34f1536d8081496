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
	if id == 4 {
		fmt.Println("g0", len(c1), cap(c1))
	} else {
		v1, ok2 := <-c1
		fmt.Println("g0 recv", v1, ok2)
	}
	v3 := <-c0
	fmt.Println("g0 got", v3)
	v4, ok5 := <-c0
	fmt.Println("g0 recv", v4, ok5)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	v6 := <-c1
	fmt.Println("g1 got", v6)
	for j7 := 0; j7 < 2; j7++ {
		time.Sleep(3 * time.Millisecond)
		fmt.Println("g1", len(c1), cap(c1))
	}
	v8, ok9 := <-c0
	fmt.Println("g1 recv", v8, ok9)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 3)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	fmt.Println("main", len(c1), cap(c1))
	for j10 := 0; j10 < 1; j10++ {
		mu.Lock()
		fmt.Println("main locked")
		mu.Unlock()
		fmt.Println("main", len(c0), cap(c0))
	}
	close(c0)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
