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
	time.Sleep(5 * time.Millisecond)
	v1 := <-c1
	fmt.Println("g0 got", v1)
	v2, ok3 := <-c0
	fmt.Println("g0 recv", v2, ok3)
	time.Sleep(5 * time.Millisecond)
	if id > 2 {
		select {
		case v4 := <-c1:
			fmt.Println("g0 sel", v4)
		case c1 <- 0 + 0:
			fmt.Println("g0 sent")
		}
	} else {
		fmt.Println("g0", 6 + id)
	}
	time.Sleep(1 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 2)
	c2 := make(chan int, 2)
	n := 1
	wg.Add(1)
	go g0(1, c0, c1, c2)
	fmt.Println("main", len(c2), cap(c2))
	if n < 2 {
		fmt.Println("main", len(c2), cap(c2))
	} else {
		v5, ok6 := <-c0
		fmt.Println("main recv", v5, ok6)
	}
	wg.Wait()
	fmt.Println("end", n)
}
