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
	close(c1)
	v1, ok2 := <-c1
	fmt.Println("g0 recv", v1, ok2)
	v3, ok4 := <-c0
	fmt.Println("g0 recv", v3, ok4)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", 1)
	time.Sleep(2 * time.Millisecond)
	fmt.Println("g1", len(c2), cap(c2))
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	close(c1)
	if id == 0 {
		mu.Lock()
		fmt.Println("g2 locked")
		mu.Unlock()
	} else {
		fmt.Println("g2", 3 * id % 7)
	}
	for j5 := 0; j5 < 2; j5++ {
		time.Sleep(1 * time.Millisecond)
		c0 <- (j5 - id) / 3
		fmt.Println("g2", len(c0), cap(c0))
	}
	fmt.Println("g2", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 2)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	fmt.Printf("main %d %v\n", (6 - 6) / 3, len(c2))
	v6 := <-c2
	fmt.Println("main got", v6)
	v7, ok8 := <-c1
	fmt.Println("main recv", v7, ok8)
	v9 := <-c2
	fmt.Println("main got", v9)
	wg.Wait()
	fmt.Println("end", n)
}
