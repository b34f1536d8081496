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
	case c0 <- (id - id) / 3:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	v2, ok3 := <-c0
	fmt.Println("g0 recv", v2, ok3)
	fmt.Println("g0", len(c0), cap(c0))
	for j4 := 0; j4 < 2; j4++ {
		fmt.Println("g0", 5 * id % 7)
		select {
		case v5 := <-c0:
			fmt.Println("g0 sel", v5)
		case c0 <- id + 3:
			fmt.Println("g0 sent")
		default:
			fmt.Println("g0 default")
		}
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
	}
}

func main() {
	c0 := make(chan int, 0)
	n := 3
	wg.Add(1)
	go g0(1, c0)
	v6 := <-c0
	fmt.Println("main got", v6)
	fmt.Println("main", len(c0), cap(c0))
	fmt.Printf("main %d %v\n", 2 + 2, true)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("end", n)
}
