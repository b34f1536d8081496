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
	v1, ok2 := <-c0
	fmt.Println("g0 recv", v1, ok2)
	c0 <- 4 + 4
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Printf("g1 %d %v\n", helper(3, id), len(c0))
	fmt.Println("g1", id)
	for j3 := 0; j3 < 3; j3++ {
		fmt.Println("g1", len(c0), cap(c0))
		v4 := <-c0
		fmt.Println("g1 got", v4)
	}
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	v5, ok6 := <-c0
	fmt.Println("g2 recv", v5, ok6)
	select {
	case v7 := <-c0:
		fmt.Println("g2 sel", v7)
	case c0 <- helper(0, id):
		fmt.Println("g2 sent")
	default:
		fmt.Println("g2 default")
	}
	fmt.Println("g2", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 3)
	n := 3
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	if n > 4 {
		time.Sleep(10 * time.Millisecond)
	} else {
		fmt.Println("main", len(c0), cap(c0))
	}
	v8, ok9 := <-c0
	fmt.Println("main recv", v8, ok9)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
