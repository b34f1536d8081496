package main

import "fmt"

func f() int {
	x := 1
	defer fmt.Println("deferred x is", x)
	x = 2
	defer func() {
		fmt.Println("closure sees x", x)
	}()
	x = 3
	return x
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("f returned", f())
}
