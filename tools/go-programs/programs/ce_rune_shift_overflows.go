package main

import "fmt"

func main() {
	var r rune = 'a'
	r = 1 << 40
	fmt.Println(r)
}
