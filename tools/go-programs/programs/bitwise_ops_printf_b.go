package main

import "fmt"

func main() {
	a, b := 12, 10
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a^b)
	fmt.Printf("%b %b %b %b\n", a&b, a|b, a^b, a&^b)
	fmt.Printf("%08b %o %#o %#x %#X\n", 5, 64, 64, 255, 255)
}
