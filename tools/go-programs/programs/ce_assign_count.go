package main

import "fmt"

func one() int { return 1 }

func main() {
	a, b := 1
	c, d := one()
	var e, f int = 1, 2, 3
	fmt.Println(a, b, c, d, e, f)
}
