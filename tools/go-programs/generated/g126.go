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
	if id > 0 {
		v1 := <-c2
		fmt.Println("g0 got", v1)
	} else {
		v2, ok3 := <-c0
		fmt.Println("g0 recv", v2, ok3)
	}
	fmt.Println("g0", len(c0), cap(c0))
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	for j4 := 0; j4 < 2; j4++ {
		fmt.Println("g0", helper(j4, j4))
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Printf("g1 %d %v\n", id, true)
	c1 <- id + id
	select {
	case v5 := <-c1:
		fmt.Println("g1 sel", v5)
	case c2 <- helper(id, 1):
		fmt.Println("g1 sent")
	}
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	for j6 := 0; j6 < 3; j6++ {
		close(c0)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Printf("g2 %d %v\n", 4 * 4 % 7, true)
	for j7 := 0; j7 < 3; j7++ {
		if id > 2 {
			fmt.Println("g2", len(c2), cap(c2))
		} else {
			fmt.Println("g2", (7 - j7) / 3)
		}
		select {
		case v8 := <-c1:
			fmt.Println("g2 sel", v8)
		case c2 <- (4 - id) / 3:
			fmt.Println("g2 sent")
		default:
			fmt.Println("g2 default")
		}
	}
	fmt.Println("g2", 6)
	time.Sleep(5 * time.Millisecond)
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	c2 := make(chan int, 2)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	c0 <- 2 * 2 % 7
	v9 := <-c1
	fmt.Println("main got", v9)
	c2 <- helper(0, n)
	v10, ok11 := <-c2
	fmt.Println("main recv", v10, ok11)
	wg.Wait()
	fmt.Println("end", n)
}
