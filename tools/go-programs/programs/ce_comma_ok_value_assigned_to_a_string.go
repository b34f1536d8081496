package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	var s string
	var ok bool
	s, ok = <-ch
	fmt.Println(s, ok)
}
