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
	c0 <- id
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Println("g0", 6 * 6 % 7)
	time.Sleep(2 * time.Millisecond)
	fmt.Println("g0", helper(6, 6))
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	for j1 := 0; j1 < 3; j1++ {
		fmt.Println("g1", 7 * 7 % 7)
		v2 := <-c0
		fmt.Println("g1 got", v2)
		fmt.Printf("g1 %d %v\n", id, len(c0))
	}
	fmt.Println("g1", id)
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	v3 := <-c0
	fmt.Println("g2 got", v3)
	fmt.Printf("g2 %d %v\n", 6 + id, "s")
	fmt.Printf("g2 %d %v\n", helper(id, 9), len(c0))
}

func main() {
	c0 := make(chan int, 2)
	n := 4
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	time.Sleep(2 * time.Millisecond)
	fmt.Println("main", len(c0), cap(c0))
	wg.Wait()
	fmt.Println("end", n)
}
