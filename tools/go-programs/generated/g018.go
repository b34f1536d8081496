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
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	fmt.Println("g0", 3 * 3 % 7)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	select {
	case v2 := <-c0:
		fmt.Println("g1 sel", v2)
	case c0 <- helper(8, id):
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 0)
	n := 4
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	v3 := <-c0
	fmt.Println("main got", v3)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
