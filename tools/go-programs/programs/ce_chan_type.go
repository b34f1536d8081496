package main

import "fmt"

func main() {
	ch := make(chan int)
	ch <- "hello"
	var s string = <-ch
	fmt.Println(s)
}
