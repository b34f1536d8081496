package main

import "fmt"

func main() {
	var unusedA int
	var unusedB = "x"
	fmt.Println()
}
