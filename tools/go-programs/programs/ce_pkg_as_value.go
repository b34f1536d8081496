package main

import "fmt"

func main() {
	x := fmt
	fmt.Println(x)
}
