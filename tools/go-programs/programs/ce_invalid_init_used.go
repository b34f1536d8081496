package main

import "fmt"

func main() {
	a := undefinedA
	var b = undefinedB
	var c int = undefinedC
	d := "x" + 1
	var e int = "s"
	f, g := 1, undefinedG
	h := 2
	h2 := h + undefinedH
	var k int
	fmt.Println("x")
}
