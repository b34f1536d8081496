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
	time.Sleep(1 * time.Millisecond)
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c0 <- id:
		fmt.Println("g0 sent")
	}
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c0 <- 9:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	v3 := <-c0
	fmt.Println("g0 got", v3)
	fmt.Println("g0", id)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	v4, ok5 := <-c0
	fmt.Println("g1 recv", v4, ok5)
	close(c0)
	if id == 4 {
		fmt.Println("g1", len(c0), cap(c0))
	} else {
		if id > 4 {
			fmt.Println("g1", len(c0), cap(c0))
		} else {
			fmt.Println("g1", 2)
		}
	}
	v6, ok7 := <-c0
	fmt.Println("g1 recv", v6, ok7)
}

func main() {
	c0 := make(chan int, 1)
	n := 3
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	v8 := <-c0
	fmt.Println("main got", v8)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
