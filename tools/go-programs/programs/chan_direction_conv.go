package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	var send chan<- int = ch
	var recv <-chan int = ch
	send <- 1
	send <- 2
	fmt.Println(len(recv), cap(send), <-recv)
	close(send)
	for v := range recv {
		fmt.Println("left", v)
	}
}
