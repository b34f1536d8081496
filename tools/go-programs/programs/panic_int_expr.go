package main

import "fmt"

func main() {
	n := 6
	fmt.Println("about to panic")
	panic(n * 7)
}
