package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs first")
	n := -5
	if n < 0 {
		panic(n)
	}
}
