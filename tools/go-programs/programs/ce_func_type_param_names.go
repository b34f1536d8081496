package main

import "fmt"

func add(a, b int) int { return a + b }

func each(ch <-chan int, f func(n int)) {}

// A function's type keeps its parameters' names in Go's messages; a type written
// without names (and %T, at run time) has none.
func main() {
	var x int = add
	var h func(int, int) int = add
	var s string = each
	k := func(n int) {}
	var m func(q int, r string)
	call := func(a int) {}
	call("x")
	func(a, b int) { fmt.Println(a) }(1)
	fmt.Println(x, h, s, k, m)
}
