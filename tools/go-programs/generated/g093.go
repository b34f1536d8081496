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

func g0(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g0", len(c0), cap(c0))
	if id == 3 {
		select {
		case v1 := <-c1:
			fmt.Println("g0 sel", v1)
		case c1 <- 4:
			fmt.Println("g0 sent")
		}
	} else {
		for r2 := range c1 {
			fmt.Println("g0 range", r2)
			break
		}
	}
	v3, ok4 := <-c0
	fmt.Println("g0 recv", v3, ok4)
	time.Sleep(2 * time.Millisecond)
	if id > 3 {
		time.Sleep(2 * time.Millisecond)
	} else {
		time.Sleep(2 * time.Millisecond)
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	close(c1)
	v5, ok6 := <-c0
	fmt.Println("g1 recv", v5, ok6)
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	v7, ok8 := <-c0
	fmt.Println("g2 recv", v7, ok8)
	v9 := <-c1
	fmt.Println("g2 got", v9)
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 2)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Println("main", (n - 5) / 3)
	fmt.Printf("main %d %v\n", n + 0, true)
	wg.Wait()
	fmt.Println("end", n)
}
