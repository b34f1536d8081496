package main

import "fmt"

func main() {
	x := 5
	if x == nil {
		fmt.Println("nil")
	}
}
