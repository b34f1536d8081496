package main

import "fmt"

func main() {
	x := 1
	var x int
	fmt.Println(x)
}

func main() {
}
