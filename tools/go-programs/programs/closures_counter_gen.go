package main

import "fmt"

func counter(start int) (func() int) {
	n := start
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func main() {
	c1 := counter(0)
	c2 := counter(100)
	fmt.Println(c1(), c1(), c2(), c1(), c2())
	double := func(x int) int { return x * 2 }
	fmt.Println(apply(double, 21), apply(func(x int) int { return x - 1 }, 0))
}
