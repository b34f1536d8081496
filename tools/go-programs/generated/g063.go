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
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	v1 := <-c0
	fmt.Println("g0 got", v1)
	time.Sleep(2 * time.Millisecond)
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c0 <- 9:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	fmt.Println("g0", len(c0), cap(c0))
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	c0 <- id + 1
	for r3 := range c0 {
		fmt.Println("g1 range", r3)
		break
	}
	for j4 := 0; j4 < 1; j4++ {
		if id != 0 {
			fmt.Printf("g1 %d %v\n", id * j4 % 7, true)
		} else {
			v5 := <-c0
			fmt.Println("g1 got", v5)
		}
	}
	for r6 := range c0 {
		fmt.Println("g1 range", r6)
		break
	}
	for j7 := 0; j7 < 1; j7++ {
		fmt.Println("g1", 5 * j7 % 7)
	}
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	time.Sleep(1 * time.Millisecond)
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
}

func main() {
	c0 := make(chan int, 3)
	n := 1
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	fmt.Println("main", len(c0), cap(c0))
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	for j8 := 0; j8 < 2; j8++ {
		select {
		case v9 := <-c0:
			fmt.Println("main sel", v9)
		case c0 <- helper(j8, n):
			fmt.Println("main sent")
		default:
			fmt.Println("main default")
		}
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
