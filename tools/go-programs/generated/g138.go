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
	fmt.Println("g0", (id - 1) / 3)
	fmt.Printf("g0 %d %v\n", id, "s")
	if id > 5 {
		v1 := <-c0
		fmt.Println("g0 got", v1)
	} else {
		fmt.Println("g0", len(c0), cap(c0))
	}
	v2, ok3 := <-c0
	fmt.Println("g0 recv", v2, ok3)
	if id < 4 {
		v4, ok5 := <-c0
		fmt.Println("g0 recv", v4, ok5)
	} else {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	for j6 := 0; j6 < 2; j6++ {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
		v7, ok8 := <-c0
		fmt.Println("g0 recv", v7, ok8)
		fmt.Println("g0", j6)
	}
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	time.Sleep(3 * time.Millisecond)
	c0 <- (9 - id) / 3
	close(c0)
	for j9 := 0; j9 < 1; j9++ {
		select {
		case v10 := <-c0:
			fmt.Println("g1 sel", v10)
		case c0 <- helper(j9, id):
			fmt.Println("g1 sent")
		default:
			fmt.Println("g1 default")
		}
		time.Sleep(20 * time.Millisecond)
		c0 <- j9
	}
}

func main() {
	c0 := make(chan int, 0)
	n := 3
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	fmt.Println("main", len(c0), cap(c0))
	fmt.Println("main", 2)
	wg.Wait()
	fmt.Println("end", n)
}
