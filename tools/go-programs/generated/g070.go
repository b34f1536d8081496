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
	for r1 := range c0 {
		fmt.Println("g0 range", r1)
		break
	}
	close(c0)
	select {
	case v2 := <-c0:
		fmt.Println("g0 sel", v2)
	case c0 <- 7 + id:
		fmt.Println("g0 sent")
	default:
		fmt.Println("g0 default")
	}
	for j3 := 0; j3 < 1; j3++ {
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
		select {
		case v4 := <-c0:
			fmt.Println("g0 sel", v4)
		case c0 <- j3:
			fmt.Println("g0 sent")
		}
		for j5 := 0; j5 < 3; j5++ {
			fmt.Printf("g0 %d %v\n", id + j5, "s")
		}
	}
	fmt.Printf("g0 %d %v\n", 1 + 1, len(c0))
	time.Sleep(20 * time.Millisecond)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	select {
	case v6 := <-c0:
		fmt.Println("g1 sel", v6)
	case c0 <- (id - id) / 3:
		fmt.Println("g1 sent")
	}
	mu.Lock()
	fmt.Println("g1 locked")
	mu.Unlock()
	time.Sleep(1 * time.Millisecond)
	fmt.Println("g1", id + id)
	time.Sleep(3 * time.Millisecond)
	c0 <- id
}

func main() {
	c0 := make(chan int, 0)
	n := 3
	wg.Add(2)
	go g0(1, c0)
	go g1(2, c0)
	v7 := <-c0
	fmt.Println("main got", v7)
	wg.Wait()
	fmt.Println("end", n)
}
