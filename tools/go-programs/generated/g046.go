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
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	for j2 := 0; j2 < 3; j2++ {
		v3, ok4 := <-c2
		fmt.Println("g0 recv", v3, ok4)
		fmt.Println("g0", j2)
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	for r5 := range c1 {
		fmt.Println("g0 range", r5)
		break
	}
	for j6 := 0; j6 < 3; j6++ {
		for r7 := range c1 {
			fmt.Println("g0 range", r7)
			break
		}
		fmt.Printf("g0 %d %v\n", id + 6, true)
		for r8 := range c2 {
			fmt.Println("g0 range", r8)
			break
		}
	}
	select {
	case v9 := <-c1:
		fmt.Println("g0 sel", v9)
	case c1 <- helper(id, id):
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	v10, ok11 := <-c2
	fmt.Println("g0 recv", v10, ok11)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", (2 - id) / 3)
	fmt.Println("g1", 7 + id)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 1)
	n := 4
	wg.Add(2)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	fmt.Println("main", len(c2), cap(c2))
	v12, ok13 := <-c0
	fmt.Println("main recv", v12, ok13)
	c1 <- n + 9
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
