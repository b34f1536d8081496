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
	time.Sleep(5 * time.Millisecond)
	v1, ok2 := <-c0
	fmt.Println("g0 recv", v1, ok2)
	fmt.Println("g0", 6)
	fmt.Println("g0", id * 3 % 7)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	select {
	case v3 := <-c0:
		fmt.Println("g1 sel", v3)
	case c0 <- helper(8, id):
		fmt.Println("g1 sent")
	}
	fmt.Println("g1", len(c0), cap(c0))
	v4, ok5 := <-c0
	fmt.Println("g1 recv", v4, ok5)
	for j6 := 0; j6 < 1; j6++ {
		v7 := <-c0
		fmt.Println("g1 got", v7)
		if id == 0 {
			fmt.Println("g1", len(c0), cap(c0))
		} else {
			fmt.Println("g1", len(c0), cap(c0))
		}
		v8, ok9 := <-c0
		fmt.Println("g1 recv", v8, ok9)
	}
	fmt.Printf("g1 %d %v\n", 6 + id, "s")
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	if id < 3 {
		select {
		case v10 := <-c0:
			fmt.Println("g2 sel", v10)
		case c0 <- 9 * id % 7:
			fmt.Println("g2 sent")
		}
	} else {
		mu.Lock()
		fmt.Println("g2 locked")
		mu.Unlock()
	}
	for j11 := 0; j11 < 3; j11++ {
		for j12 := 0; j12 < 2; j12++ {
			fmt.Println("g2", helper(j12, j12))
			fmt.Println("g2", j12 + 6)
		}
		mu.Lock()
		fmt.Println("g2 locked")
		mu.Unlock()
		for j13 := 0; j13 < 3; j13++ {
			fmt.Println("g2", len(c0), cap(c0))
		}
	}
	fmt.Println("g2", 1 + id)
	select {
	case v14 := <-c0:
		fmt.Println("g2 sel", v14)
	case c0 <- (7 - 7) / 3:
		fmt.Println("g2 sent")
	default:
		fmt.Println("g2 default")
	}
}

func main() {
	c0 := make(chan int, 2)
	n := 4
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	fmt.Println("main", len(c0), cap(c0))
	for r15 := range c0 {
		fmt.Println("main range", r15)
		break
	}
	fmt.Println("main", len(c0), cap(c0))
	wg.Wait()
	fmt.Println("end", n)
}
