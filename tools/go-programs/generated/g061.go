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
	v1 := <-c0
	fmt.Println("g0 got", v1)
	time.Sleep(2 * time.Millisecond)
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c0 <- helper(7, 7):
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	fmt.Printf("g0 %d %v\n", 1, true)
	time.Sleep(2 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 1)
	n := 3
	wg.Add(1)
	go g0(1, c0)
	fmt.Println("main", len(c0), cap(c0))
	fmt.Println("main", len(c0), cap(c0))
	v3, ok4 := <-c0
	fmt.Println("main recv", v3, ok4)
	wg.Wait()
	fmt.Println("end", n)
}
