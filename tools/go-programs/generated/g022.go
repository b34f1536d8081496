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
	for r1 := range c1 {
		fmt.Println("g0 range", r1)
		break
	}
	if id > 2 {
		fmt.Println("g0", helper(id, 4))
	} else {
		if id != 5 {
			fmt.Printf("g0 %d %v\n", (id - 1) / 3, "s")
		} else {
			c1 <- helper(0, 0)
		}
	}
	time.Sleep(1 * time.Millisecond)
	close(c0)
	for j2 := 0; j2 < 3; j2++ {
		select {
		case v3 := <-c1:
			fmt.Println("g0 sel", v3)
		case c0 <- j2:
			fmt.Println("g0 sent")
		}
		mu.Lock()
		fmt.Println("g0 locked")
		mu.Unlock()
		if j2 == 2 {
			time.Sleep(2 * time.Millisecond)
		} else {
			fmt.Println("g0", (id - j2) / 3)
		}
	}
}

func g1(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	for j4 := 0; j4 < 1; j4++ {
		fmt.Println("g1", len(c0), cap(c0))
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	select {
	case v5 := <-c1:
		fmt.Println("g1 sel", v5)
	case c0 <- (9 - id) / 3:
		fmt.Println("g1 sent")
	default:
		fmt.Println("g1 default")
	}
}

func g2(id int, c0 chan int, c1 chan int) {
	defer wg.Done()
	fmt.Println("g2", 7)
	fmt.Println("g2", 6 * id % 7)
	close(c0)
	fmt.Printf("g2 %d %v\n", id, "s")
	fmt.Println("g2", 5 + 5)
}

func main() {
	c0 := make(chan int, 3)
	c1 := make(chan int, 1)
	n := 1
	wg.Add(3)
	go g0(1, c0, c1)
	go g1(2, c0, c1)
	go g2(3, c0, c1)
	fmt.Printf("main %d %v\n", n * 6 % 7, len(c0))
	wg.Wait()
	fmt.Println("end", n)
}
