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
		select {
		case v1 := <-c0:
			fmt.Println("g0 sel", v1)
		case c0 <- 9 * id % 7:
			fmt.Println("g0 sent")
		}
	} else {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	fmt.Println("g0", len(c1), cap(c1))
	fmt.Println("g0", len(c0), cap(c0))
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c0 <- 5 + 5:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	select {
	case v3 := <-c1:
		fmt.Println("g0 sel", v3)
	case c1 <- id:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", len(c0), cap(c0))
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Printf("g2 %d %v\n", id * 6 % 7, true)
	v4, ok5 := <-c0
	fmt.Println("g2 recv", v4, ok5)
	v6 := <-c1
	fmt.Println("g2 got", v6)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 2)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Printf("main %d %v\n", n, true)
	fmt.Printf("main %d %v\n", (0 - 0) / 3, true)
	if n == 3 {
		mu.Lock()
		fmt.Println("main locked")
		mu.Unlock()
	} else {
		time.Sleep(20 * time.Millisecond)
	}
	select {
	case v7 := <-c0:
		fmt.Println("main sel", v7)
	case c0 <- (n - n) / 3:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
