package main

import "fmt"

func main() {
	var x int = 1;
	fmt.Println(x) x++
}
