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
	if id < 1 {
		if id == 4 {
			fmt.Println("g0", len(c1), cap(c1))
		} else {
			fmt.Println("g0", len(c2), cap(c2))
		}
	} else {
		time.Sleep(3 * time.Millisecond)
	}
	for r1 := range c2 {
		fmt.Println("g0 range", r1)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for j2 := 0; j2 < 3; j2++ {
		mu.Lock()
		fmt.Println("g1 locked")
		mu.Unlock()
		v3 := <-c1
		fmt.Println("g1 got", v3)
		for j4 := 0; j4 < 2; j4++ {
			fmt.Println("g1", len(c1), cap(c1))
			time.Sleep(20 * time.Millisecond)
			time.Sleep(5 * time.Millisecond)
		}
	}
	v5 := <-c0
	fmt.Println("g1 got", v5)
	if id == 2 {
		fmt.Printf("g1 %d %v\n", (2 - 2) / 3, len(c0))
	} else {
		fmt.Println("g1", id)
	}
	v6, ok7 := <-c0
	fmt.Println("g1 recv", v6, ok7)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 2)
	c2 := make(chan int, 2)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	v8, ok9 := <-c1
	fmt.Println("main recv", v8, ok9)
	wg.Wait()
	fmt.Println("end", n)
}
