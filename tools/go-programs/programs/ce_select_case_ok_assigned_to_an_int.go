package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	var v int
	var ok int
	select {
	case v, ok = <-ch:
	}
	fmt.Println(v, ok)
}
