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
	if id < 5 {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	} else {
		fmt.Println("g0", len(c2), cap(c2))
	}
	for r2 := range c2 {
		fmt.Println("g0 range", r2)
		break
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	select {
	case v3 := <-c0:
		fmt.Println("g1 sel", v3)
	case c0 <- id * id % 7:
		fmt.Println("g1 sent")
	}
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	close(c0)
	fmt.Println("g1", helper(id, 2))
	fmt.Printf("g1 %d %v\n", helper(id, 9), true)
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	select {
	case v4 := <-c1:
		fmt.Println("g2 sel", v4)
	case c2 <- id + id:
		fmt.Println("g2 sent")
	}
	fmt.Println("g2", id + id)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 2)
	c2 := make(chan int, 2)
	n := 2
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	if n == 4 {
		fmt.Println("main", n + 6)
	} else {
		time.Sleep(5 * time.Millisecond)
	}
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	v5 := <-c0
	fmt.Println("main got", v5)
	fmt.Println("main", len(c1), cap(c1))
	wg.Wait()
	fmt.Println("end", n)
}
