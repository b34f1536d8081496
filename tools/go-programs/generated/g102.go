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
	for r1 := range c1 {
		fmt.Println("g0 range", r1)
		break
	}
	fmt.Println("g0", 6 + id)
	if id == 1 {
		fmt.Println("g0", (0 - id) / 3)
	} else {
		fmt.Println("g0", id * 7 % 7)
	}
	time.Sleep(1 * time.Millisecond)
	fmt.Println("g0", 1 * 1 % 7)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	if id == 1 {
		select {
		case v2 := <-c0:
			fmt.Println("g1 sel", v2)
		case c1 <- helper(5, 5):
			fmt.Println("g1 sent")
		}
	} else {
		for r3 := range c0 {
			fmt.Println("g1 range", r3)
			break
		}
	}
	v4 := <-c1
	fmt.Println("g1 got", v4)
	select {
	case v5 := <-c1:
		fmt.Println("g1 sel", v5)
	case c0 <- id * 2 % 7:
		fmt.Println("g1 sent")
	}
	c0 <- 9 + id
	select {
	case v6 := <-c1:
		fmt.Println("g1 sel", v6)
	case c1 <- (7 - 7) / 3:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	fmt.Println("main", len(c0), cap(c0))
	fmt.Println("main", 9 + 9)
	fmt.Println("main", len(c0), cap(c0))
	wg.Wait()
	fmt.Println("end", n)
}
