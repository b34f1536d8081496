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
	fmt.Printf("g0 %d %v\n", (id - id) / 3, "s")
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	if id == 1 {
		time.Sleep(1 * time.Millisecond)
	} else {
		v1, ok2 := <-c0
		fmt.Println("g0 recv", v1, ok2)
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	v3, ok4 := <-c1
	fmt.Println("g1 recv", v3, ok4)
	c0 <- helper(id, 2)
	v5, ok6 := <-c0
	fmt.Println("g1 recv", v5, ok6)
	v7 := <-c0
	fmt.Println("g1 got", v7)
	time.Sleep(20 * time.Millisecond)
	for j8 := 0; j8 < 2; j8++ {
		v9, ok10 := <-c0
		fmt.Println("g1 recv", v9, ok10)
		select {
		case v11 := <-c1:
			fmt.Println("g1 sel", v11)
		case c1 <- j8 + 1:
			fmt.Println("g1 sent")
		}
		close(c0)
	}
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g2", len(c0), cap(c0))
	v12 := <-c1
	fmt.Println("g2 got", v12)
	for j13 := 0; j13 < 2; j13++ {
		select {
		case v14 := <-c1:
			fmt.Println("g2 sel", v14)
		case c1 <- j13:
			fmt.Println("g2 sent")
		default:
			fmt.Println("g2 default")
		}
	}
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 2
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	v15, ok16 := <-c0
	fmt.Println("main recv", v15, ok16)
	for j17 := 0; j17 < 1; j17++ {
		c0 <- n * 5 % 7
		fmt.Println("main", (2 - 2) / 3)
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
