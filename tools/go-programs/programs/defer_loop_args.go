package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 20
	fmt.Println("body", x)
}
