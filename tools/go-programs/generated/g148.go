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
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	fmt.Println("g0", 9 + 9)
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	v2, ok3 := <-c1
	fmt.Println("g1 recv", v2, ok3)
	v4, ok5 := <-c0
	fmt.Println("g1 recv", v4, ok5)
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	time.Sleep(1 * time.Millisecond)
	fmt.Println("g2", helper(id, 3))
	if id > 5 {
		if id > 1 {
			fmt.Println("g2", len(c0), cap(c0))
		} else {
			mu.Lock()
			fmt.Println("g2 locked")
			mu.Unlock()
		}
	} else {
		time.Sleep(3 * time.Millisecond)
	}
	for r6 := range c1 {
		fmt.Println("g2 range", r6)
		break
	}
	for j7 := 0; j7 < 2; j7++ {
		v8 := <-c1
		fmt.Println("g2 got", v8)
	}
	if id != 3 {
		time.Sleep(1 * time.Millisecond)
	} else {
		fmt.Println("g2", id + id)
	}
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", len(c1), cap(c1))
	v9, ok10 := <-c0
	fmt.Println("main recv", v9, ok10)
	wg.Wait()
	fmt.Println("end", n)
}
