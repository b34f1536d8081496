package main

import "fmt"

func helper(x int) int {
	y := x * 2
	return x
}

func main() {
	fmt.Println(helper(2))
}
