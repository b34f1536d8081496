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
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c0 <- (5 - 5) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	v2 := <-c0
	fmt.Println("g0 got", v2)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Printf("g1 %d %v\n", (0 - 0) / 3, "s")
	c0 <- helper(id, id)
}

func main() {
	c0 := make(chan int, 3)
	n := 3
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	time.Sleep(2 * time.Millisecond)
	c0 <- n * 0 % 7
	time.Sleep(1 * time.Millisecond)
	time.Sleep(3 * time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
