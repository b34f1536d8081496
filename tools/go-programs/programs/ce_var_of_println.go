package main

import "fmt"

func main() {
	var n = fmt.Println("a")
	fmt.Println(n)
}
