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
	fmt.Printf("g0 %d %v\n", helper(0, 0), len(c2))
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	time.Sleep(10 * time.Millisecond)
	v2, ok3 := <-c1
	fmt.Println("g0 recv", v2, ok3)
	v4 := <-c2
	fmt.Println("g0 got", v4)
	for j5 := 0; j5 < 3; j5++ {
		for j6 := 0; j6 < 3; j6++ {
			select {
			case v7 := <-c1:
				fmt.Println("g0 sel", v7)
			case c1 <- id + 6:
				fmt.Println("g0 sent")
			default:
				fmt.Println("g0 default")
			}
			c1 <- j5 * j5 % 7
			fmt.Println("g0", len(c0), cap(c0))
		}
		fmt.Println("g0", len(c1), cap(c1))
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 3)
	c2 := make(chan int, 2)
	n := 1
	wg.Add(1)
	go g0(1, c0, c1, c2)
	c0 <- n * n % 7
	for r8 := range c1 {
		fmt.Println("main range", r8)
		break
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
