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
	fmt.Printf("g0 %d %v\n", id, "s")
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c0 <- (id - id) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	for r3 := range c0 {
		fmt.Println("g0 range", r3)
		break
	}
	for j4 := 0; j4 < 3; j4++ {
		if id == 5 {
			v5 := <-c0
			fmt.Println("g0 got", v5)
		} else {
			select {
			case v6 := <-c1:
				fmt.Println("g0 sel", v6)
			case c0 <- id * j4 % 7:
				fmt.Println("g0 sent")
			default:
				fmt.Println("g0 default")
			}
		}
	}
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 2)
	n := 3
	wg.Add(1)
	go g0(1, c0, c1)
	mu.Lock()
	fmt.Println("main locked")
	mu.Unlock()
	wg.Wait()
	fmt.Println("end", n)
}
