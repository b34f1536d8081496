package main

import "fmt"

func two() int { return 2 }

func main() {
	a, b := 1
	c, d := two()
	var e, f int = 1, 2, 3
	fmt.Println(a, b, c, d, e, f)
}
