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
	if id < 4 {
		time.Sleep(2 * time.Millisecond)
	} else {
		v1 := <-c0
		fmt.Println("g0 got", v1)
	}
	c1 <- id
	fmt.Println("g0", len(c0), cap(c0))
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Println("g1", id)
	fmt.Println("g1", len(c0), cap(c0))
	select {
	case v2 := <-c0:
		fmt.Println("g1 sel", v2)
	case c0 <- (6 - 6) / 3:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	c0 <- id
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	for j3 := 0; j3 < 1; j3++ {
		fmt.Println("main", len(c1), cap(c1))
		fmt.Printf("main %d %v\n", j3 * j3 % 7, true)
	}
	time.Sleep(3 * time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main", len(c1), cap(c1))
	wg.Wait()
	fmt.Println("end", n)
}
