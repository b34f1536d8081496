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
	v1 := <-c0
	fmt.Println("g0 got", v1)
	if id != 3 {
		select {
		case v2 := <-c0:
			fmt.Println("g0 sel", v2)
		case c0 <- 4 * id % 7:
			fmt.Println("g0 sent")
		}
	} else {
		c0 <- helper(id, id)
	}
	if id < 5 {
		close(c0)
	} else {
		for j3 := 0; j3 < 2; j3++ {
			v4 := <-c0
			fmt.Println("g0 got", v4)
			mu.Lock()
			fmt.Println("g0 locked")
			mu.Unlock()
			v5, ok6 := <-c0
			fmt.Println("g0 recv", v5, ok6)
		}
	}
	v7, ok8 := <-c0
	fmt.Println("g0 recv", v7, ok8)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	close(c0)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	v9, ok10 := <-c0
	fmt.Println("g1 recv", v9, ok10)
	c0 <- helper(id, id)
	c0 <- helper(id, id)
	for r11 := range c0 {
		fmt.Println("g1 range", r11)
		break
	}
}

func main() {
	c0 := make(chan int, 0)
	n := 4
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	c0 <- helper(n, 1)
	c0 <- n
	fmt.Println("main", (n - 9) / 3)
	time.Sleep(20 * time.Millisecond)
	wg.Wait()
	fmt.Println("end", n)
}
