package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to send")
	ch <- 1
	fmt.Println("never")
}
