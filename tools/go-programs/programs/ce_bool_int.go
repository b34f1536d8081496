package main

import "fmt"

func main() {
	x := 3
	if x {
		fmt.Println("yes")
	}
	for x {
	}
	y := !x
	fmt.Println(y)
}
