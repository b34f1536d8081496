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
	if id == 2 {
		v1, ok2 := <-c2
		fmt.Println("g0 recv", v1, ok2)
	} else {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	v3 := <-c1
	fmt.Println("g0 got", v3)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	time.Sleep(1 * time.Millisecond)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	for j4 := 0; j4 < 1; j4++ {
		time.Sleep(1 * time.Millisecond)
	}
	select {
	case v5 := <-c2:
		fmt.Println("g1 sel", v5)
	case c2 <- helper(id, id):
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	fmt.Println("g1", id + 8)
	v6, ok7 := <-c0
	fmt.Println("g1 recv", v6, ok7)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	c2 := make(chan int, 1)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	fmt.Println("main", len(c2), cap(c2))
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
