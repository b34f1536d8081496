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
	fmt.Println("g0", helper(id, id))
	close(c0)
	fmt.Println("g0", id + id)
	fmt.Println("g0", helper(2, 2))
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	for j1 := 0; j1 < 2; j1++ {
		if id == 5 {
			fmt.Println("g1", len(c0), cap(c0))
		} else {
			fmt.Println("g1", len(c0), cap(c0))
		}
		v2, ok3 := <-c0
		fmt.Println("g1 recv", v2, ok3)
		fmt.Printf("g1 %d %v\n", 1 * 1 % 7, "s")
	}
	fmt.Printf("g1 %d %v\n", 6 * id % 7, "s")
	for r4 := range c0 {
		fmt.Println("g1 range", r4)
		break
	}
	v5, ok6 := <-c0
	fmt.Println("g1 recv", v5, ok6)
}

func main() {
	c0 := make(chan int, 2)
	n := 3
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	for j7 := 0; j7 < 3; j7++ {
		fmt.Println("main", (j7 - 2) / 3)
	}
	v8, ok9 := <-c0
	fmt.Println("main recv", v8, ok9)
	wg.Wait()
	fmt.Println("end", n)
}
