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
	mu.Lock()
	fmt.Println("g0 locked")
	mu.Unlock()
	v1 := <-c0
	fmt.Println("g0 got", v1)
	v2 := <-c0
	fmt.Println("g0 got", v2)
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	for r3 := range c0 {
		fmt.Println("g1 range", r3)
		break
	}
	for j4 := 0; j4 < 2; j4++ {
		v5, ok6 := <-c0
		fmt.Println("g1 recv", v5, ok6)
		select {
		case v7 := <-c0:
			fmt.Println("g1 sel", v7)
		case c0 <- id:
			fmt.Println("g1 sent")
		default:
			fmt.Println("g1 default")
		}
	}
	v8 := <-c0
	fmt.Println("g1 got", v8)
	v9 := <-c0
	fmt.Println("g1 got", v9)
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	select {
	case v10 := <-c0:
		fmt.Println("g2 sel", v10)
	case c0 <- (id - 0) / 3:
		fmt.Println("g2 sent")
	}
	v11, ok12 := <-c0
	fmt.Println("g2 recv", v11, ok12)
	fmt.Printf("g2 %d %v\n", id, "s")
	fmt.Println("g2", helper(id, id))
	time.Sleep(10 * time.Millisecond)
	fmt.Println("g2", (id - id) / 3)
}

func main() {
	c0 := make(chan int, 1)
	n := 1
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	c0 <- (0 - 0) / 3
	time.Sleep(20 * time.Millisecond)
	v13 := <-c0
	fmt.Println("main got", v13)
	select {
	case v14 := <-c0:
		fmt.Println("main sel", v14)
	case c0 <- 0:
		fmt.Println("main sent")
	default:
		fmt.Println("main default")
	}
	wg.Wait()
	fmt.Println("end", n)
}
