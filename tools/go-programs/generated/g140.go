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
	v1 := <-c1
	fmt.Println("g0 got", v1)
	select {
	case v2 := <-c2:
		fmt.Println("g0 sel", v2)
	case c2 <- 0:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	fmt.Println("g0", 3)
	fmt.Println("g0", (0 - id) / 3)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c1), cap(c1))
	for j3 := 0; j3 < 3; j3++ {
		for j4 := 0; j4 < 2; j4++ {
			c0 <- helper(j4, j4)
			fmt.Printf("g1 %d %v\n", j3 + j3, true)
			fmt.Println("g1", (1 - j3) / 3)
		}
		fmt.Println("g1", helper(j3, j3))
		for j5 := 0; j5 < 3; j5++ {
			fmt.Println("g1", len(c0), cap(c0))
			fmt.Println("g1", len(c0), cap(c0))
		}
	}
	time.Sleep(3 * time.Millisecond)
	fmt.Println("g1", len(c1), cap(c1))
	fmt.Println("g1", id)
	v6, ok7 := <-c0
	fmt.Println("g1 recv", v6, ok7)
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	select {
	case v8 := <-c1:
		fmt.Println("g2 sel", v8)
	case c1 <- id * id % 7:
		fmt.Println("g2 sent")
	}
	select {
	case v9 := <-c2:
		fmt.Println("g2 sel", v9)
	case c2 <- 9:
		fmt.Println("g2 sent")
	default:
		fmt.Println("g2 default")
	}
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	v10, ok11 := <-c1
	fmt.Println("g2 recv", v10, ok11)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 3)
	c2 := make(chan int, 3)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	for r12 := range c0 {
		fmt.Println("main range", r12)
		break
	}
	for j13 := 0; j13 < 2; j13++ {
		select {
		case v14 := <-c2:
			fmt.Println("main sel", v14)
		case c2 <- 2 + j13:
			fmt.Println("main sent")
		}
		time.Sleep(2 * time.Millisecond)
	}
	fmt.Println("main", len(c0), cap(c0))
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
