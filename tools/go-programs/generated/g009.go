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
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c0 <- 0 + id:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	for r2 := range c0 {
		fmt.Println("g0 range", r2)
		break
	}
	v3 := <-c0
	fmt.Println("g0 got", v3)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Println("g1", len(c0), cap(c0))
	v4 := <-c0
	fmt.Println("g1 got", v4)
	if id == 2 {
		select {
		case v5 := <-c0:
			fmt.Println("g1 sel", v5)
		case c0 <- 9 + 9:
			fmt.Println("g1 sent")
		default:
			fmt.Println("g1 default")
		}
	} else {
		for j6 := 0; j6 < 3; j6++ {
			v7, ok8 := <-c0
			fmt.Println("g1 recv", v7, ok8)
			fmt.Println("g1", id * id % 7)
		}
	}
	fmt.Printf("g1 %d %v\n", id * 8 % 7, "s")
	fmt.Println("g1", len(c0), cap(c0))
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g2", len(c0), cap(c0))
	for j9 := 0; j9 < 2; j9++ {
		fmt.Println("g2", len(c0), cap(c0))
		fmt.Println("g2", len(c0), cap(c0))
	}
	for j10 := 0; j10 < 2; j10++ {
		select {
		case v11 := <-c0:
			fmt.Println("g2 sel", v11)
		case c0 <- j10:
			fmt.Println("g2 sent")
		}
		for r12 := range c0 {
			fmt.Println("g2 range", r12)
			break
		}
	}
	c0 <- id * 7 % 7
	for j13 := 0; j13 < 2; j13++ {
		for r14 := range c0 {
			fmt.Println("g2 range", r14)
			break
		}
	}
	c0 <- helper(0, id)
}

func main() {
	c0 := make(chan int, 0)
	n := 4
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	fmt.Println("main", len(c0), cap(c0))
	v15 := <-c0
	fmt.Println("main got", v15)
	wg.Wait()
	fmt.Println("end", n)
}
