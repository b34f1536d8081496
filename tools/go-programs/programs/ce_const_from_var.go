package main

import "fmt"

func main() {
	n := 3
	const limit = n * 2
	fmt.Println(limit)
}
