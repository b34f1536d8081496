package main

import "fmt"

func main() {
	var f func(a, b int) int = func(x int) int { return x }
	fmt.Println(f)
}
