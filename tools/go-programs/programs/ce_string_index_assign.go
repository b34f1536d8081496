package main

import "fmt"

func main() {
	var ch chan int
	x := <-ch + "s"
	fmt.Println(x)
}
