package main

import "fmt"

// A function literal as a statement is not used. Go prints the literal in its short
// form (parameters as written, a body that is not empty as {…}) and its type with every
// parameter named.
func main() {
	func() {}
	func(a, b int) {}
	func(a int, b, c string) int { return 1 }
	func() { fmt.Println("x") }
	func(done, quit chan struct{}) {}
	func(f func(x int) bool) (int) { return 0 }
	x := 1
	if x > 0 {
		func() int { return x }
	}
	go func() {
		func(s string) {}
	}()
	(func() {})
}
