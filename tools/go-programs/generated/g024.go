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
	fmt.Printf("g0 %d %v\n", 0 + id, true)
	fmt.Println("g0", len(c0), cap(c0))
	if id < 1 {
		fmt.Printf("g0 %d %v\n", id + id, true)
	} else {
		fmt.Println("g0", len(c0), cap(c0))
	}
	fmt.Println("g0", 7)
	for j1 := 0; j1 < 1; j1++ {
		time.Sleep(2 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v2 := <-c2
	fmt.Println("g1 got", v2)
	for j3 := 0; j3 < 3; j3++ {
		fmt.Printf("g1 %d %v\n", j3 + id, "s")
		for j4 := 0; j4 < 2; j4++ {
			fmt.Println("g1", len(c1), cap(c1))
			fmt.Println("g1", len(c0), cap(c0))
			mu.Lock()
			fmt.Println("g1 locked")
			mu.Unlock()
		}
	}
	fmt.Println("g1", helper(id, id))
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Println("g1", len(c0), cap(c0))
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	close(c1)
	time.Sleep(10 * time.Millisecond)
	for r5 := range c2 {
		fmt.Println("g2 range", r5)
		break
	}
	fmt.Println("g2", 7 + id)
	fmt.Println("g2", helper(1, id))
	v6, ok7 := <-c1
	fmt.Println("g2 recv", v6, ok7)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	c2 := make(chan int, 2)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	for r8 := range c0 {
		fmt.Println("main range", r8)
		break
	}
	fmt.Println("main", helper(9, n))
	for j9 := 0; j9 < 1; j9++ {
		fmt.Println("main", n)
		mu.Lock()
		fmt.Println("main locked")
		mu.Unlock()
		for j10 := 0; j10 < 2; j10++ {
			v11, ok12 := <-c1
			fmt.Println("main recv", v11, ok12)
			fmt.Println("main", len(c0), cap(c0))
		}
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
