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
	fmt.Println("g0", id + id)
	time.Sleep(1 * time.Millisecond)
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g1", (id - id) / 3)
	time.Sleep(3 * time.Millisecond)
	fmt.Println("g1", id)
	v1, ok2 := <-c1
	fmt.Println("g1 recv", v1, ok2)
	fmt.Println("g1", 1)
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	if id == 1 {
		fmt.Println("g2", id + 7)
	} else {
		for r3 := range c1 {
			fmt.Println("g2 range", r3)
			break
		}
	}
	fmt.Println("g2", helper(id, id))
	for j4 := 0; j4 < 1; j4++ {
		select {
		case v5 := <-c0:
			fmt.Println("g2 sel", v5)
		case c0 <- (j4 - 2) / 3:
			fmt.Println("g2 sent")
		}
		for j6 := 0; j6 < 3; j6++ {
			v7, ok8 := <-c1
			fmt.Println("g2 recv", v7, ok8)
			select {
			case v9 := <-c0:
				fmt.Println("g2 sel", v9)
			case c1 <- helper(9, 9):
				fmt.Println("g2 sent")
			}
			v10, ok11 := <-c0
			fmt.Println("g2 recv", v10, ok11)
		}
	}
	fmt.Printf("g2 %d %v\n", 3 + id, "s")
}

func main() {
	c0 := make(chan int, 0)
	c1 := make(chan int, 0)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	for r12 := range c1 {
		fmt.Println("main range", r12)
		break
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("end", n)
}
