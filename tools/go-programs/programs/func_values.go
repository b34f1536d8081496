package main

import "fmt"

func apply(f func(int) int, v int) int {
	return f(v)
}

func double(x int) int { return x * 2 }

func main() {
	sq := func(x int) int { return x * x }
	fmt.Println(apply(sq, 5), apply(double, 5))
	var g func()
	g = func() { fmt.Println("g called") }
	g()
	h := double
	fmt.Println(h(21))
}
