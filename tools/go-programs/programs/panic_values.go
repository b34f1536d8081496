package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred closure runs")
	}()
	x := 3
	fmt.Println("x is", x)
	panic(x * 14)
}
