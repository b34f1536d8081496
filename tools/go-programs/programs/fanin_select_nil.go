package main

import (
	"fmt"
	"time"
)

func producer(id int, n int, d time.Duration) chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			time.Sleep(d)
			c <- id*100 + i
		}
		close(c)
	}()
	return c
}

func main() {
	a := producer(1, 3, 4*time.Millisecond)
	b := producer(2, 2, 5*time.Millisecond)
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				fmt.Println("a closed")
				a = nil
				continue
			}
			fmt.Println("from a", v)
		case v, ok := <-b:
			if !ok {
				fmt.Println("b closed")
				b = nil
				continue
			}
			fmt.Println("from b", v)
		}
	}
	fmt.Println("both closed")
}
