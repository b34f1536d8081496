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
	for j1 := 0; j1 < 2; j1++ {
		v2 := <-c0
		fmt.Println("g0 got", v2)
	}
	for j3 := 0; j3 < 1; j3++ {
		time.Sleep(3 * time.Millisecond)
		for j4 := 0; j4 < 3; j4++ {
			select {
			case v5 := <-c0:
				fmt.Println("g0 sel", v5)
			case c0 <- j3 * j3 % 7:
				fmt.Println("g0 sent")
			default:
				fmt.Println("g0 default")
			}
			c0 <- j4 * 1 % 7
		}
		fmt.Println("g0", len(c0), cap(c0))
	}
	for r6 := range c0 {
		fmt.Println("g0 range", r6)
		break
	}
	v7, ok8 := <-c0
	fmt.Println("g0 recv", v7, ok8)
	close(c0)
}

func main() {
	c0 := make(chan int, 0)
	n := 3
	wg.Add(1)
	go g0(1, c0)
	v9 := <-c0
	fmt.Println("main got", v9)
	wg.Wait()
	fmt.Println("end", n)
}
