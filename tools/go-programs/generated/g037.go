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
	fmt.Println("g0", 0 + 0)
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	v2 := <-c1
	fmt.Println("g0 got", v2)
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 1)
	c2 := make(chan int, 2)
	n := 4
	wg.Add(1)
	go g0(1, c0, c1, c2)
	if n != 3 {
		close(c1)
	} else {
		for j3 := 0; j3 < 1; j3++ {
			v4, ok5 := <-c0
			fmt.Println("main recv", v4, ok5)
		}
	}
	for j6 := 0; j6 < 3; j6++ {
		c1 <- helper(8, n)
		fmt.Printf("main %d %v\n", helper(n, n), len(c1))
	}
	fmt.Println("main", n + 4)
	for r7 := range c0 {
		fmt.Println("main range", r7)
		break
	}
	wg.Wait()
	fmt.Println("end", n)
}
