package main

import "fmt"

func main() {
	var r rune = "a"
	fmt.Println(r)
}
