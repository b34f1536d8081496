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
	time.Sleep(1 * time.Millisecond)
	fmt.Printf("g0 %d %v\n", id, "s")
	v1 := <-c0
	fmt.Println("g0 got", v1)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(1)
	go g0(1, c0, c1)
	for j2 := 0; j2 < 2; j2++ {
		time.Sleep(3 * time.Millisecond)
		select {
		case v3 := <-c0:
			fmt.Println("main sel", v3)
		case c1 <- 2 + 2:
			fmt.Println("main sent")
		default:
			fmt.Println("main default")
		}
	}
	for r4 := range c1 {
		fmt.Println("main range", r4)
		break
	}
	if n == 2 {
		for j5 := 0; j5 < 3; j5++ {
			v6 := <-c0
			fmt.Println("main got", v6)
		}
	} else {
		fmt.Println("main", len(c0), cap(c0))
	}
	fmt.Println("main", helper(7, n))
	wg.Wait()
	fmt.Println("end", n)
}
