package main

import "fmt"

func main() {
	limit := "max"
	fmt.Println(limit + 1_000_000)
}
