package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	var v int
	var ok int
	v, ok = <-ch
	fmt.Println(v, ok)
}
