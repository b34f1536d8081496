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
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	if id > 3 {
		time.Sleep(2 * time.Millisecond)
	} else {
		fmt.Println("g0", len(c2), cap(c2))
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v1 := <-c2
	fmt.Println("g1 got", v1)
	fmt.Println("g1", (id - 5) / 3)
	if id != 4 {
		fmt.Println("g1", 4 * id % 7)
	} else {
		if id == 5 {
			fmt.Println("g1", (1 - 1) / 3)
		} else {
			fmt.Println("g1", id * id % 7)
		}
	}
	v2 := <-c1
	fmt.Println("g1 got", v2)
	time.Sleep(3 * time.Millisecond)
	time.Sleep(5 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 3)
	n := 1
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	fmt.Printf("main %d %v\n", 0 + n, "s")
	for r3 := range c2 {
		fmt.Println("main range", r3)
		break
	}
	c0 <- 7 * n % 7
	wg.Wait()
	fmt.Println("end", n)
}
