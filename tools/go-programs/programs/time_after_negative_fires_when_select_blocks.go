package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("sender ready")
		ch <- 1
	}()
	go fmt.Println("printer")
	t := time.After(-time.Second)
	select {
	case <-t:
		fmt.Println("timer first")
	case v := <-ch:
		fmt.Println("value first", v)
	}
	select {
	case <-time.After(0):
		fmt.Println("second timer")
	default:
		fmt.Println("default, timer not fired yet")
	}
	time.Sleep(time.Millisecond)
	fmt.Println(<-ch)
}
