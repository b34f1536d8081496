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
	if id != 4 {
		for j1 := 0; j1 < 3; j1++ {
			time.Sleep(5 * time.Millisecond)
			fmt.Println("g0", len(c1), cap(c1))
		}
	} else {
		for r2 := range c1 {
			fmt.Println("g0 range", r2)
			break
		}
	}
	select {
	case v3 := <-c1:
		fmt.Println("g0 sel", v3)
	case c1 <- (id - id) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	v4, ok5 := <-c1
	fmt.Println("g0 recv", v4, ok5)
	v6 := <-c0
	fmt.Println("g0 got", v6)
	c0 <- id
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	c0 <- helper(0, 0)
	select {
	case v7 := <-c1:
		fmt.Println("g1 sel", v7)
	case c1 <- id:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
	select {
	case v8 := <-c1:
		fmt.Println("g1 sel", v8)
	case c1 <- 5:
		fmt.Println("g1 sent")
	}
	fmt.Println("g1", len(c0), cap(c0))
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	c1 <- 2
	select {
	case v9 := <-c1:
		fmt.Println("g2 sel", v9)
	case c0 <- (1 - id) / 3:
		fmt.Println("g2 sent")
	default:
		fmt.Println("g2 default")
	}
	v10 := <-c0
	fmt.Println("g2 got", v10)
	fmt.Println("g2", len(c0), cap(c0))
	c1 <- (id - id) / 3
	fmt.Println("g2", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 1)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	v11 := <-c1
	fmt.Println("main got", v11)
	fmt.Println("main", 8 + 8)
	for j12 := 0; j12 < 2; j12++ {
		select {
		case v13 := <-c1:
			fmt.Println("main sel", v13)
		case c0 <- helper(n, n):
			fmt.Println("main sent")
		}
		fmt.Println("main", len(c1), cap(c1))
		time.Sleep(10 * time.Millisecond)
	}
	if n == 5 {
		select {
		case v14 := <-c0:
			fmt.Println("main sel", v14)
		case c1 <- (n - 0) / 3:
			fmt.Println("main sent")
		}
	} else {
		v15, ok16 := <-c1
		fmt.Println("main recv", v15, ok16)
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
