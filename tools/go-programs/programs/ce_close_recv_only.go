package main

import "fmt"

func drain(c <-chan int) {
	for v := range c {
		fmt.Println(v)
	}
	close(c)
}

func main() {
	c := make(chan int)
	go drain(c)
}
