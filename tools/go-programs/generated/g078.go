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
	time.Sleep(2 * time.Millisecond)
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	fmt.Println("g0", 0 + id)
	v2, ok3 := <-c0
	fmt.Println("g0 recv", v2, ok3)
	fmt.Println("g0", id)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	v4 := <-c0
	fmt.Println("g1 got", v4)
	fmt.Printf("g1 %d %v\n", 5 * 5 % 7, len(c1))
	v5 := <-c0
	fmt.Println("g1 got", v5)
	for r6 := range c0 {
		fmt.Println("g1 range", r6)
		break
	}
	fmt.Println("g1", len(c1), cap(c1))
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	if id == 0 {
		fmt.Println("g2", (id - 6) / 3)
	} else {
		for r7 := range c1 {
			fmt.Println("g2 range", r7)
			break
		}
	}
	if id != 5 {
		c0 <- helper(5, 5)
	} else {
		v8 := <-c1
		fmt.Println("g2 got", v8)
	}
	time.Sleep(5 * time.Millisecond)
	for r9 := range c0 {
		fmt.Println("g2 range", r9)
		break
	}
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 3)
	n := 4
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	v10 := <-c1
	fmt.Println("main got", v10)
	fmt.Printf("main %d %v\n", (n - n) / 3, len(c1))
	select {
	case v11 := <-c0:
		fmt.Println("main sel", v11)
	case c0 <- helper(1, n):
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	v12, ok13 := <-c1
	fmt.Println("main recv", v12, ok13)
	wg.Wait()
	fmt.Println("end", n)
}
