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
	for j1 := 0; j1 < 1; j1++ {
		fmt.Println("g0", j1)
	}
	fmt.Println("g0", id + 2)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	time.Sleep(2 * time.Millisecond)
	v2 := <-c0
	fmt.Println("g1 got", v2)
	v3 := <-c0
	fmt.Println("g1 got", v3)
	for r4 := range c0 {
		fmt.Println("g1 range", r4)
		break
	}
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	select {
	case v5 := <-c0:
		fmt.Println("g2 sel", v5)
	case c0 <- id:
		fmt.Println("g2 sent")
	default:
		fmt.Println("g2 default")
	}
	time.Sleep(5 * time.Millisecond)
	v6 := <-c0
	fmt.Println("g2 got", v6)
	select {
	case v7 := <-c0:
		fmt.Println("g2 sel", v7)
	case c0 <- id:
		fmt.Println("g2 sent")
	}
	for r8 := range c0 {
		fmt.Println("g2 range", r8)
		break
	}
}

func main() {
	c0 := make(chan int, 1)
	n := 2
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	select {
	case v9 := <-c0:
		fmt.Println("main sel", v9)
	case c0 <- n * 2 % 7:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	c0 <- helper(0, 0)
	time.Sleep(1 * time.Millisecond)
	wg.Wait()
	fmt.Println("end", n)
}
