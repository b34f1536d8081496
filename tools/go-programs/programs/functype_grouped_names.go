package main

import "fmt"

// A func type written with grouped parameter names, as a parameter, a variable and a
// result: `a, b int` share one type.
func apply(f func(a, b int) int, x, y int) int {
	return f(x, y)
}

func compose(f, g func(n int) int) func(n int) int {
	return func(n int) int { return f(g(n)) }
}

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(apply(add, 3, 4))
	var op func(x, y int) int = func(x, y int) int { return x - y }
	fmt.Println(op(10, 3), apply(op, 1, 2))
	var pred func(s string, n int) bool = func(s string, n int) bool { return len(s) > n }
	fmt.Println(pred("hello", 3), pred("hi", 3))
	double := func(n int) int { return n * 2 }
	inc := func(n int) int { return n + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
	fmt.Printf("%T\n", op)
}
