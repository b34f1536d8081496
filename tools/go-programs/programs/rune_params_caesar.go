package main

import "fmt"

func shift(c rune, k int) rune {
	if c >= 'a' && c <= 'z' {
		return 'a' + (c-'a'+rune(k))%26
	}
	return c
}

func main() {
	for c := 'v'; c <= 'z'; c++ {
		fmt.Printf("%c->%c ", c, shift(c, 3))
	}
	fmt.Println()
}
