package main

import "fmt"

func main() {
	x := 5
	x &^= 4
	x |= 8
	x ^= 3
	x <<= 2
	x >>= 1
	fmt.Println(x)
	var r rune = 1
	r <<= 31
	fmt.Println(r, r>>31, ^r)
}
