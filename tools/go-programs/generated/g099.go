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
	select {
	case v1 := <-c0:
		fmt.Println("g0 sel", v1)
	case c0 <- 2 + id:
		fmt.Println("g0 sent")
	}
	fmt.Println("g0", (6 - id) / 3)
	fmt.Println("g0", len(c0), cap(c0))
	if id > 5 {
		fmt.Println("g0", helper(id, id))
	} else {
		for j2 := 0; j2 < 2; j2++ {
			fmt.Printf("g0 %d %v\n", (9 - 9) / 3, true)
		}
	}
	if id != 1 {
		for j3 := 0; j3 < 1; j3++ {
			fmt.Println("g0", len(c0), cap(c0))
			fmt.Println("g0", len(c0), cap(c0))
			fmt.Println("g0", len(c0), cap(c0))
		}
	} else {
		fmt.Printf("g0 %d %v\n", 0 * id % 7, len(c0))
	}
}

func g1(id int, c0 chan int) {
	defer wg.Done()
	for j4 := 0; j4 < 2; j4++ {
		if id != 0 {
			mu.Lock()
			fmt.Println("g1 locked")
			mu.Unlock()
		} else {
			fmt.Println("g1", len(c0), cap(c0))
		}
		for j5 := 0; j5 < 1; j5++ {
			v6 := <-c0
			fmt.Println("g1 got", v6)
		}
		c0 <- (id - 9) / 3
	}
	fmt.Println("g1", len(c0), cap(c0))
	v7, ok8 := <-c0
	fmt.Println("g1 recv", v7, ok8)
}

func g2(id int, c0 chan int) {
	defer wg.Done()
	c0 <- (3 - 3) / 3
	fmt.Println("g2", len(c0), cap(c0))
	if id > 5 {
		time.Sleep(3 * time.Millisecond)
	} else {
		fmt.Println("g2", 3 + 3)
	}
	if id > 0 {
		fmt.Println("g2", len(c0), cap(c0))
	} else {
		if id != 2 {
			close(c0)
		} else {
			mu.Lock()
			fmt.Println("g2 locked")
			mu.Unlock()
		}
	}
}

func main() {
	c0 := make(chan int, 2)
	n := 3
	wg.Add(3)
	go g0(1, c0)
	go g1(2, c0)
	go g2(3, c0)
	fmt.Println("main", len(c0), cap(c0))
	fmt.Printf("main %d %v\n", 6 * 6 % 7, len(c0))
	wg.Wait()
	fmt.Println("end", n)
}
