package main

import "fmt"

func main() {
	var x int = 10000000000000000000
	fmt.Println(x)
}
