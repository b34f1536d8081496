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
	close(c0)
	v1, ok2 := <-c1
	fmt.Println("g0 recv", v1, ok2)
	v3 := <-c2
	fmt.Println("g0 got", v3)
	for j4 := 0; j4 < 1; j4++ {
		fmt.Println("g0", len(c0), cap(c0))
		v5 := <-c0
		fmt.Println("g0 got", v5)
		fmt.Println("g0", id)
	}
	v6 := <-c0
	fmt.Println("g0 got", v6)
	fmt.Println("g0", (id - 2) / 3)
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Printf("g1 %d %v\n", id + id, len(c1))
	fmt.Println("g1", len(c1), cap(c1))
	if id == 5 {
		mu.Lock()
		fmt.Println("g1 locked")
		mu.Unlock()
	} else {
		v7, ok8 := <-c1
		fmt.Println("g1 recv", v7, ok8)
	}
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g2", helper(6, id))
	c0 <- id
	fmt.Printf("g2 %d %v\n", (4 - 4) / 3, true)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 0)
	c2 := make(chan int, 3)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	time.Sleep(1 * time.Millisecond)
	fmt.Printf("main %d %v\n", n + n, true)
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	wg.Wait()
	fmt.Println("end", n)
}
