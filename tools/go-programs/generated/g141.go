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
	if id < 2 {
		if id == 2 {
			select {
			case v1 := <-c0:
				fmt.Println("g0 sel", v1)
			case c0 <- helper(id, 6):
				fmt.Println("g0 sent")
			default:
				fmt.Println("g0 default")
			}
		} else {
			fmt.Println("g0", (3 - 3) / 3)
		}
	} else {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
	fmt.Println("g0", len(c0), cap(c0))
	fmt.Println("g0", helper(4, 4))
	fmt.Println("g0", len(c0), cap(c0))
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	fmt.Println("g1", len(c0), cap(c0))
	fmt.Printf("g1 %d %v\n", 0, "s")
	fmt.Println("g1", helper(3, 3))
	c0 <- (4 - id) / 3
	select {
	case v2 := <-c0:
		fmt.Println("g1 sel", v2)
	case c0 <- (1 - 1) / 3:
		fmt.Println("g1 sent")
	}
	fmt.Println("g1", len(c0), cap(c0))
}

func main() {
	c0 := make(chan int, 3)
	n := 2
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	for j3 := 0; j3 < 2; j3++ {
		for r4 := range c0 {
			fmt.Println("main range", r4)
			break
		}
		time.Sleep(5 * time.Millisecond)
		select {
		case v5 := <-c0:
			fmt.Println("main sel", v5)
		case c0 <- n + j3:
			fmt.Println("main sent")
		}
	}
	c0 <- helper(1, n)
	select {
	case v6 := <-c0:
		fmt.Println("main sel", v6)
	case c0 <- (0 - 0) / 3:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	wg.Wait()
	fmt.Println("end", n)
}
