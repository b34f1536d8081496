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
	fmt.Println("g0", helper(id, id))
	v1, ok2 := <-c0
	fmt.Println("g0 recv", v1, ok2)
}

func main() {
	c0 := make(chan int, 1)
	n := 1
	wg.Add(1)
	go g0(1, c0)
	if n != 2 {
		fmt.Println("main", len(c0), cap(c0))
	} else {
		fmt.Println("main", len(c0), cap(c0))
	}
	v3 := <-c0
	fmt.Println("main got", v3)
	wg.Wait()
	fmt.Println("end", n)
}
