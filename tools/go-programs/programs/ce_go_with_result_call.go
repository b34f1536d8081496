package main

import "fmt"

func compute() int { return 1 }

func main() {
	x := go compute()
	fmt.Println(x)
}
