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
	c0 <- (id - 2) / 3
	for j1 := 0; j1 < 2; j1++ {
		for j2 := 0; j2 < 2; j2++ {
			fmt.Println("g0", len(c1), cap(c1))
			fmt.Printf("g0 %d %v\n", helper(0, j1), true)
			mu.Lock()
			fmt.Println("g0 locked")
			mu.Unlock()
		}
		time.Sleep(10 * time.Millisecond)
		time.Sleep(10 * time.Millisecond)
	}
	for j3 := 0; j3 < 2; j3++ {
		select {
		case v4 := <-c1:
			fmt.Println("g0 sel", v4)
		case c1 <- id * 9 % 7:
			fmt.Println("g0 sent")
		default:
			fmt.Println("g0 default")
		}
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g1", id + 9)
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	fmt.Println("g1", id)
	select {
	case v5 := <-c1:
		fmt.Println("g1 sel", v5)
	case c2 <- helper(id, id):
		fmt.Println("g1 sent")
	}
	c1 <- id * 4 % 7
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v6 := <-c0
	fmt.Println("g2 got", v6)
	fmt.Println("g2", id)
	mu.Lock()
	fmt.Println("g2 locked")
	mu.Unlock()
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 3)
	c2 := make(chan int, 1)
	n := 2
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	v7 := <-c1
	fmt.Println("main got", v7)
	wg.Wait()
	fmt.Println("end", n)
}
