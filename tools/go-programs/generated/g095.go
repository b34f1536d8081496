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
	for j1 := 0; j1 < 3; j1++ {
		c2 <- 2 * j1 % 7
		v2, ok3 := <-c1
		fmt.Println("g0 recv", v2, ok3)
		for r4 := range c2 {
			fmt.Println("g0 range", r4)
			break
		}
	}
	v5, ok6 := <-c1
	fmt.Println("g0 recv", v5, ok6)
	for r7 := range c1 {
		fmt.Println("g0 range", r7)
		break
	}
	time.Sleep(2 * time.Millisecond)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	time.Sleep(10 * time.Millisecond)
	c1 <- id + id
	v8, ok9 := <-c1
	fmt.Println("g1 recv", v8, ok9)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 3)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v10, ok11 := <-c1
	fmt.Println("main recv", v10, ok11)
	v12 := <-c1
	fmt.Println("main got", v12)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
