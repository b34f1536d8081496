package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		fmt.Println("got")
	}
}
