package main

import "fmt"

func apply(f func(a, b int) int) int {
	return f(1, 2)
}

func main() {
	fmt.Println(apply(func(a int) int { return a }))
}
