package main

import (
	"fmt"
	"time"
)

func main() {
	var in chan int
	var out chan int
	for i := 0; i < 3; i++ {
		select {
		case v := <-in:
			fmt.Println("in", v)
		case out <- i:
			fmt.Println("out", i)
		case <-time.After(time.Duration(i+1) * time.Millisecond):
			fmt.Println("timeout", i)
		}
	}
}
