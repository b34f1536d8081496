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
	fmt.Println("g0", len(c2), cap(c2))
	select {
	case v1 := <-c2:
		fmt.Println("g0 sel", v1)
	case c0 <- id * id % 7:
		fmt.Println("g0 sent")
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for j2 := 0; j2 < 2; j2++ {
		time.Sleep(2 * time.Millisecond)
		v3 := <-c0
		fmt.Println("g1 got", v3)
	}
	if id < 3 {
		v4 := <-c2
		fmt.Println("g1 got", v4)
	} else {
		fmt.Println("g1", id * id % 7)
	}
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	time.Sleep(2 * time.Millisecond)
	fmt.Println("g2", 2)
	time.Sleep(5 * time.Millisecond)
	v5, ok6 := <-c2
	fmt.Println("g2 recv", v5, ok6)
	if id != 4 {
		c0 <- id + 9
	} else {
		if id == 1 {
			fmt.Println("g2", helper(id, 0))
		} else {
			fmt.Println("g2", len(c0), cap(c0))
		}
	}
	fmt.Println("g2", len(c2), cap(c2))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 2)
	c2 := make(chan int, 3)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	fmt.Println("main", n * 8 % 7)
	for r7 := range c2 {
		fmt.Println("main range", r7)
		break
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
