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
	v1 := <-c0
	fmt.Println("g0 got", v1)
	for r2 := range c0 {
		fmt.Println("g0 range", r2)
		break
	}
	time.Sleep(5 * time.Millisecond)
	if id > 2 {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	} else {
		time.Sleep(3 * time.Millisecond)
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	for r3 := range c0 {
		fmt.Println("g1 range", r3)
		break
	}
	fmt.Printf("g1 %d %v\n", 2 * id % 7, true)
	c1 <- 6 + id
	if id != 3 {
		select {
		case v4 := <-c1:
			fmt.Println("g1 sel", v4)
		case c0 <- id * id % 7:
			fmt.Println("g1 sent")
		}
	} else {
		v5 := <-c1
		fmt.Println("g1 got", v5)
	}
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	for r6 := range c0 {
		fmt.Println("g2 range", r6)
		break
	}
	v7, ok8 := <-c0
	fmt.Println("g2 recv", v7, ok8)
	if id == 3 {
		c0 <- (1 - 1) / 3
	} else {
		fmt.Println("g2", id + id)
	}
	fmt.Println("g2", len(c1), cap(c1))
	if id == 1 {
		fmt.Printf("g2 %d %v\n", 9 * id % 7, "s")
	} else {
		for j9 := 0; j9 < 2; j9++ {
			fmt.Println("g2", 6 + id)
		}
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 3)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", len(c1), cap(c1))
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	select {
	case v10 := <-c1:
		fmt.Println("main sel", v10)
	case c0 <- n + n:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	wg.Wait()
	fmt.Println("end", n)
}
