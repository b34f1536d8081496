package main

import "fmt"

func main() {
	for i, j := 0, 5; i < j; i, j = i+1, j-1 {
		fmt.Println(i, j)
	}
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	var x, y int
	var s, t = "s", true
	fmt.Println(x, y, s, t)
	p := 1; q := 2
	fmt.Println(p + q)
}
