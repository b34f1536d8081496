package main

import "fmt"

func producer(out <-chan int) {
	out <- 1
}

func main() {
	c := make(chan int, 1)
	producer(c)
	fmt.Println(<-c)
}
