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
	if id != 3 {
		for r1 := range c2 {
			fmt.Println("g0 range", r1)
			break
		}
	} else {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	fmt.Println("g0", (id - id) / 3)
	v2, ok3 := <-c0
	fmt.Println("g0 recv", v2, ok3)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("g0", helper(7, id))
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v4, ok5 := <-c2
	fmt.Println("g1 recv", v4, ok5)
	fmt.Println("g1", id + id)
	fmt.Println("g1", id)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 2)
	c2 := make(chan int, 1)
	n := 3
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	for r6 := range c2 {
		fmt.Println("main range", r6)
		break
	}
	if n != 0 {
		close(c2)
	} else {
		fmt.Printf("main %d %v\n", helper(7, 7), true)
	}
	wg.Wait()
	fmt.Println("end", n)
}
