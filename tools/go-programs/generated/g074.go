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
	time.Sleep(3 * time.Millisecond)
	fmt.Println("g0", len(c0), cap(c0))
	v1, ok2 := <-c2
	fmt.Println("g0 recv", v1, ok2)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("g0", len(c2), cap(c2))
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for j3 := 0; j3 < 2; j3++ {
		for r4 := range c0 {
			fmt.Println("g1 range", r4)
			break
		}
		fmt.Println("g1", id)
	}
	fmt.Println("g1", id + id)
	close(c1)
	select {
	case v5 := <-c2:
		fmt.Println("g1 sel", v5)
	case c0 <- helper(id, id):
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	fmt.Println("g1", id * id % 7)
	for j6 := 0; j6 < 2; j6++ {
		fmt.Println("g1", len(c0), cap(c0))
		fmt.Printf("g1 %d %v\n", helper(4, j6), len(c0))
		for r7 := range c1 {
			fmt.Println("g1 range", r7)
			break
		}
	}
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 1)
	c2 := make(chan int, 0)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v8, ok9 := <-c2
	fmt.Println("main recv", v8, ok9)
	c0 <- n
	if n == 2 {
		v10, ok11 := <-c0
		fmt.Println("main recv", v10, ok11)
	} else {
		mu.Lock()
		fmt.Println("main locked")
		mu.Unlock()
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
