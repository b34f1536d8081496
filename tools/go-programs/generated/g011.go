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
	fmt.Println("g0", 0 + 0)
	fmt.Println("g0", len(c0), cap(c0))
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	c0 <- 6 + id
	fmt.Println("g1", (4 - id) / 3)
	if id != 0 {
		select {
		case v1 := <-c0:
			fmt.Println("g1 sel", v1)
		case c0 <- helper(6, id):
			fmt.Println("g1 sent")
		default:
			fmt.Println("g1 default")
		}
	} else {
		v2 := <-c0
		fmt.Println("g1 got", v2)
	}
	if id < 1 {
		fmt.Printf("g1 %d %v\n", (id - 4) / 3, len(c0))
	} else {
		for r3 := range c0 {
			fmt.Println("g1 range", r3)
			break
		}
	}
	time.Sleep(1 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 2)
	n := 1
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	fmt.Println("main", n * n % 7)
	for r4 := range c0 {
		fmt.Println("main range", r4)
		break
	}
	select {
	case v5 := <-c0:
		fmt.Println("main sel", v5)
	case c0 <- (3 - 3) / 3:
		fmt.Println("main sent")
	}
	for j6 := 0; j6 < 1; j6++ {
		fmt.Println("main", len(c0), cap(c0))
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
