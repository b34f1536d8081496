package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 5
	var ok string
	v, ok := <-ch
	fmt.Println(v, ok)
}
