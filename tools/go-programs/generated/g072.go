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
	fmt.Printf("g0 %d %v\n", helper(7, 7), "s")
	for j1 := 0; j1 < 3; j1++ {
		fmt.Println("g0", (id - j1) / 3)
		if j1 == 5 {
			fmt.Println("g0", j1 + j1)
		} else {
			fmt.Println("g0", len(c0), cap(c0))
		}
		close(c0)
	}
	if id != 4 {
		v2, ok3 := <-c0
		fmt.Println("g0 recv", v2, ok3)
	} else {
		fmt.Println("g0", 9)
	}
	fmt.Println("g0", helper(id, 5))
	time.Sleep(3 * time.Millisecond)
	fmt.Println("g0", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 3)
	n := 3
	wg.Add(1)
	go g0(1, c0)
	if n != 2 {
		for j4 := 0; j4 < 3; j4++ {
			fmt.Println("main", (j4 - n) / 3)
		}
	} else {
		mu.Lock()
		fmt.Println("main locked")
		mu.Unlock()
	}
	fmt.Println("main", len(c0), cap(c0))
	v5, ok6 := <-c0
	fmt.Println("main recv", v5, ok6)
	wg.Wait()
	fmt.Println("end", n)
}
