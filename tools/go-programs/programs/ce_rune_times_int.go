package main

import "fmt"

func main() {
	r := 'a'
	n := 2
	fmt.Println(r * n, r + rune(n), int(r) + n)
}
