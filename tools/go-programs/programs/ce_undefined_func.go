package main

import "fmt"

func main() {
	fmt.Println(square(3))
	fmt.Printn("x")
	x = 3
}
