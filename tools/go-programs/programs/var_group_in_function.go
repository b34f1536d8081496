package main

import "fmt"

func main() {
	var (
		a = 1
		b = 2
	)
	fmt.Println(a, b)
}
