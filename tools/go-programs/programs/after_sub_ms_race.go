package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(1500 * time.Microsecond)
		ch <- 1
	}()
	select {
	case <-ch:
		fmt.Println("value")
	case <-time.After(1499 * time.Microsecond):
		fmt.Println("timeout first")
	}
	fmt.Println(<-ch)
}
