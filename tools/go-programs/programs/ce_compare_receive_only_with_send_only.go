package main

import "fmt"

func main() {
	ch := make(chan int)
	var ro <-chan int = ch
	var so chan<- int = ch
	fmt.Println(ro == so)
}
