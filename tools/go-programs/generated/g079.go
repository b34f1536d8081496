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
	fmt.Printf("g0 %d %v\n", helper(id, 1), true)
	if id != 4 {
		fmt.Println("g0", len(c2), cap(c2))
	} else {
		v1 := <-c2
		fmt.Println("g0 got", v1)
	}
	for j2 := 0; j2 < 3; j2++ {
		c0 <- helper(id, 7)
		for j3 := 0; j3 < 1; j3++ {
			fmt.Println("g0", len(c2), cap(c2))
			c1 <- (j3 - id) / 3
		}
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Println("g1", (id - 9) / 3)
}

func main() {
	c0 := make(chan int, 2)
	c1 := make(chan int, 0)
	c2 := make(chan int, 0)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	fmt.Println("main", n * 9 % 7)
	time.Sleep(3 * time.Millisecond)
	v4 := <-c1
	fmt.Println("main got", v4)
	fmt.Println("main", n + n)
	wg.Wait()
	fmt.Println("end", n)
}
