package main

import (
	"fmt"
	"time"
)

var (
	delay   = 3 * time.Millisecond
	count   int
	name    = "worker"
	results = make(chan int, 2)
)

func main() {
	go func() {
		for i := 0; i < 2; i++ {
			time.Sleep(delay)
			count++
			results <- count
		}
	}()
	fmt.Println(name, <-results, <-results, count)
}
