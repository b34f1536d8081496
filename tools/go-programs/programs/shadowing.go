package main

import "fmt"

var x = 1

func main() {
	fmt.Println(x)
	x := 2
	if x := 3; x > 2 {
		fmt.Println("if", x)
		x := 4
		fmt.Println("inner", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	{
		x := "str"
		fmt.Println(x)
	}
	fmt.Println(x)
	show()
}

func show() { fmt.Println("global", x) }
