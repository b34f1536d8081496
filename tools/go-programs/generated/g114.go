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
	fmt.Printf("g0 %d %v\n", id, len(c1))
	v1 := <-c0
	fmt.Println("g0 got", v1)
	fmt.Printf("g0 %d %v\n", helper(id, id), len(c1))
	v2 := <-c2
	fmt.Println("g0 got", v2)
	fmt.Println("g0", id * id % 7)
	fmt.Println("g0", len(c2), cap(c2))
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v3, ok4 := <-c2
	fmt.Println("g1 recv", v3, ok4)
	fmt.Println("g1", 0 * 0 % 7)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	c1 <- (7 - 7) / 3
	fmt.Println("g1", len(c2), cap(c2))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 0)
	n := 2
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	for j5 := 0; j5 < 3; j5++ {
		close(c1)
		mu.Lock()
		fmt.Println("main locked")
		mu.Unlock()
		fmt.Println("main", len(c2), cap(c2))
	}
	if n > 3 {
		for j6 := 0; j6 < 1; j6++ {
			v7 := <-c0
			fmt.Println("main got", v7)
			fmt.Printf("main %d %v\n", n * j6 % 7, true)
		}
	} else {
		v8 := <-c0
		fmt.Println("main got", v8)
	}
	v9 := <-c0
	fmt.Println("main got", v9)
	wg.Wait()
	fmt.Println("end", n)
}
