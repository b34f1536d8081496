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
	fmt.Println("g0", 6 + 6)
	fmt.Println("g0", 4)
	fmt.Println("g0", id + id)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	if id < 0 {
		fmt.Println("g1", len(c1), cap(c1))
	} else {
		v1, ok2 := <-c0
		fmt.Println("g1 recv", v1, ok2)
	}
	v3 := <-c1
	fmt.Println("g1 got", v3)
	fmt.Println("g1", 9 + 9)
	v4, ok5 := <-c1
	fmt.Println("g1 recv", v4, ok5)
	if id > 0 {
		v6, ok7 := <-c0
		fmt.Println("g1 recv", v6, ok7)
	} else {
		c0 <- 8
	}
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g2", (id - id) / 3)
	v8 := <-c0
	fmt.Println("g2 got", v8)
	fmt.Println("g2", len(c0), cap(c0))
	for r9 := range c0 {
		fmt.Println("g2 range", r9)
		break
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	select {
	case v10 := <-c0:
		fmt.Println("main sel", v10)
	case c0 <- n:
		fmt.Println("main sent")
	}
	v11, ok12 := <-c1
	fmt.Println("main recv", v11, ok12)
	if n != 3 {
		select {
		case v13 := <-c0:
			fmt.Println("main sel", v13)
		case c0 <- 4 + 4:
			fmt.Println("main sent")
		default:
			fmt.Println("main default")
		}
	} else {
		mu.Lock()
		fmt.Println("main locked")
		mu.Unlock()
	}
	if n != 0 {
		for j14 := 0; j14 < 3; j14++ {
			fmt.Println("main", len(c0), cap(c0))
			fmt.Println("main", len(c0), cap(c0))
			fmt.Println("main", (j14 - n) / 3)
		}
	} else {
		fmt.Println("main", len(c0), cap(c0))
	}
	wg.Wait()
	fmt.Println("end", n)
}
