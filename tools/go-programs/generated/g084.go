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

func g0(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v1, ok2 := <-c0
	fmt.Println("g0 recv", v1, ok2)
	v3 := <-c1
	fmt.Println("g0 got", v3)
	fmt.Printf("g0 %d %v\n", id, true)
	for j4 := 0; j4 < 1; j4++ {
		time.Sleep(3 * time.Millisecond)
		fmt.Println("g0", j4 * j4 % 7)
	}
}

func g1(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	v5, ok6 := <-c1
	fmt.Println("g1 recv", v5, ok6)
	fmt.Println("g1", id + id)
	v7 := <-c2
	fmt.Println("g1 got", v7)
}

func g2(id int, c0 chan int, c1 chan int, c2 chan int) {
	defer wg.Done()
	fmt.Println("g2", id)
	for j8 := 0; j8 < 3; j8++ {
		if id != 4 {
			mu.Lock()
			fmt.Println("g2 locked")
			mu.Unlock()
		} else {
			select {
			case v9 := <-c1:
				fmt.Println("g2 sel", v9)
			case c0 <- j8:
				fmt.Println("g2 sent")
			default:
				fmt.Println("g2 default")
			}
		}
	}
}

func main() {
	c0 := make(chan int, 1)
	c1 := make(chan int, 3)
	c2 := make(chan int, 0)
	n := 3
	wg.Add(3)
	go g0(1, c0, c1, c2)
	go g1(2, c0, c1, c2)
	go g2(3, c0, c1, c2)
	v10, ok11 := <-c0
	fmt.Println("main recv", v10, ok11)
	if n < 0 {
		fmt.Println("main", len(c2), cap(c2))
	} else {
		select {
		case v12 := <-c0:
			fmt.Println("main sel", v12)
		case c2 <- n + n:
			fmt.Println("main sent")
		default:
			fmt.Println("main default")
		}
	}
	fmt.Println("main", len(c2), cap(c2))
	c1 <- n + 2
	wg.Wait()
	fmt.Println("end", n)
}
