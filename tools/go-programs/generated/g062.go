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
	v1 := <-c1
	fmt.Println("g0 got", v1)
	fmt.Println("g0", id + 6)
	for j2 := 0; j2 < 2; j2++ {
		select {
		case v3 := <-c1:
			fmt.Println("g0 sel", v3)
		case c1 <- (4 - 4) / 3:
			fmt.Println("g0 sent")
		default:
			fmt.Println("g0 default")
		}
	}
	fmt.Println("g0", len(c1), cap(c1))
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 3)
	n := 3
	wg.Add(1)
	go g0(1, c0, c1)
	fmt.Println("main", 2)
	fmt.Println("main", n * 7 % 7)
	wg.Wait()
	fmt.Println("end", n)
}
