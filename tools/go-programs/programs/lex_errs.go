package main

import "fmt"

func main() {
	fmt.Println("a\qb", "\x4", "\u12", "\777", "\ud800")
	fmt.Println('ab', '')
	x := 1 @ 2
	fmt.Println(x)
}
