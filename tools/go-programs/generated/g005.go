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
	v1 := <-c2
	fmt.Println("g0 got", v1)
	fmt.Println("g0", 6)
	fmt.Println("g0", helper(1, 1))
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	time.Sleep(10 * time.Millisecond)
	fmt.Printf("g1 %d %v\n", 4, "s")
	select {
	case v2 := <-c2:
		fmt.Println("g1 sel", v2)
	case c2 <- 4:
		fmt.Println("g1 sent")
	}
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	c0 <- 4 + id
	fmt.Println("g2", len(c0), cap(c0))
	select {
	case v3 := <-c0:
		fmt.Println("g2 sel", v3)
	case c0 <- 9 * 9 % 7:
		fmt.Println("g2 sent")
	}
	time.Sleep(2 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 3)
	c2 := make(chan int, 3)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	fmt.Printf("main %d %v\n", n + n, len(c1))
	fmt.Printf("main %d %v\n", 4 * 4 % 7, "s")
	wg.Wait()
	fmt.Println("end", n)
}
