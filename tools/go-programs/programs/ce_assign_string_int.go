package main

import "fmt"

func main() {
	var n int = "five"
	s := "x"
	s = 5
	fmt.Println(n, s)
}
