package main

import (
	"fmt"
	"time"
)

func main() {
	raw := make(chan int, 2)
	cooked := make(chan int, 1)
	go func() {
		for i := 1; i <= 5; i++ {
			raw <- i
			fmt.Println("raw", i)
		}
		close(raw)
	}()
	go func() {
		for v := range raw {
			time.Sleep(3 * time.Millisecond)
			cooked <- v * 10
			fmt.Println("cooked", v*10)
		}
		close(cooked)
	}()
	for v := range cooked {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("served", v)
	}
}
