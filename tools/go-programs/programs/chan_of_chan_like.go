package main

import "fmt"

func main() {
	requests := make(chan chan int, 2)
	go func() {
		for reply := range requests {
			reply <- 42
		}
	}()
	r := make(chan int)
	requests <- r
	fmt.Println(<-r)
	close(requests)
}
