package main

import "fmt"

func f(c rune) {}

func main() {
	n := 5
	f(n)
	f("a")
	var s string = string('a') + 'b'
	fmt.Println(s)
}
