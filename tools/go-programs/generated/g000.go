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
	fmt.Println("g0", 8 + 8)
	for j1 := 0; j1 < 2; j1++ {
		fmt.Println("g0", len(c0), cap(c0))
		for j2 := 0; j2 < 3; j2++ {
			time.Sleep(5 * time.Millisecond)
		}
		v3 := <-c1
		fmt.Println("g0 got", v3)
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	for r4 := range c0 {
		fmt.Println("g1 range", r4)
		break
	}
	fmt.Printf("g1 %d %v\n", helper(5, 5), "s")
	v5, ok6 := <-c1
	fmt.Println("g1 recv", v5, ok6)
	for r7 := range c1 {
		fmt.Println("g1 range", r7)
		break
	}
	for r8 := range c0 {
		fmt.Println("g1 range", r8)
		break
	}
	select {
	case v9 := <-c1:
		fmt.Println("g1 sel", v9)
	case c0 <- id + id:
		fmt.Println("g1 sent")
	}
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	for j10 := 0; j10 < 2; j10++ {
		c0 <- helper(j10, id)
	}
	if id != 2 {
		fmt.Println("g2", 0 + id)
	} else {
		for j11 := 0; j11 < 3; j11++ {
			mu.Lock()
			fmt.Println("g2 locked")
			mu.Unlock()
			fmt.Println("g2", (id - 7) / 3)
			fmt.Println("g2", 5 + id)
		}
	}
	fmt.Printf("g2 %d %v\n", id * id % 7, true)
	select {
	case v12 := <-c0:
		fmt.Println("g2 sel", v12)
	case c0 <- (5 - id) / 3:
		fmt.Println("g2 sent")
	default:
		fmt.Println("g2 default")
	}
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
	fmt.Printf("g2 %d %v\n", helper(3, 3), true)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	if n > 4 {
		fmt.Println("main", helper(4, 4))
	} else {
		c0 <- 3 * 3 % 7
	}
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	c1 <- (3 - 3) / 3
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
