package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	defer fmt.Println("deferred runs during the panic")
	fmt.Println(div(7, 2), 7%3, -7/2, -7%2)
	z := 0
	fmt.Println(div(1, z))
}
