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
	for r2 := range c0 {
		fmt.Println("g0 range", r2)
		break
	}
	fmt.Printf("g0 %d %v\n", id * 9 % 7, true)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	v3 := <-c0
	fmt.Println("g1 got", v3)
	fmt.Println("g1", helper(id, 5))
	c0 <- id + id
	v4, ok5 := <-c0
	fmt.Println("g1 recv", v4, ok5)
	select {
	case v6 := <-c0:
		fmt.Println("g1 sel", v6)
	case c0 <- id:
		fmt.Println("g1 sent")
	}
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g2", len(c0), cap(c0))
	fmt.Println("g2", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 0)
	n := 4
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	for j7 := 0; j7 < 1; j7++ {
		select {
		case v8 := <-c0:
			fmt.Println("main sel", v8)
		case c0 <- n:
			fmt.Println("main sent")
		}
	}
	close(c0)
	v9, ok10 := <-c0
	fmt.Println("main recv", v9, ok10)
	wg.Wait()
	fmt.Println("end", n)
}
