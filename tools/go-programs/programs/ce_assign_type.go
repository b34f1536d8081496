package main

import "fmt"

func f() string { return 1 }

func main() {
	var x int = "s"
	ch := make(chan int)
	ch <- "v"
	x = true
	fmt.Println(x, f())
}
