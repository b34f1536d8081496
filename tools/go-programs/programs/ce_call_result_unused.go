package main

import "fmt"

func double(x int) int { return 2 * x }

func main() {
	double(4)
	x := 5
	x == 5
	fmt.Println(x)
}
