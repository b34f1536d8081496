package main

import "fmt"

func step(n int) int {
	fmt.Println("step", n)
	return n
}

func main() {
	defer func() {
		fmt.Println("first deferred: start")
		step(1)
		fmt.Println("first deferred: end")
	}()
	defer func() {
		x := step(2) + step(3)
		fmt.Println("second deferred", x)
	}()
	panic("boom")
}
