package main

import "fmt"

var a = b + 1
var b = f()
var c, d = g("c"), g("d")

func f() int {
	fmt.Println("f runs")
	return 10
}

func g(s string) string {
	fmt.Println("g", s)
	return s + s
}

func main() {
	fmt.Println(a, b, c, d)
}
