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
	time.Sleep(20 * time.Millisecond)
	v1 := <-c0
	fmt.Println("g0 got", v1)
	v2, ok3 := <-c0
	fmt.Println("g0 recv", v2, ok3)
	fmt.Printf("g0 %d %v\n", id, "s")
	v4 := <-c0
	fmt.Println("g0 got", v4)
}

func main() {
	c0 := make(chan int, 3)
	n := 3
	wg.Add(1)
	go g0(1, c0)
	v5, ok6 := <-c0
	fmt.Println("main recv", v5, ok6)
	wg.Wait()
	fmt.Println("end", n)
}
