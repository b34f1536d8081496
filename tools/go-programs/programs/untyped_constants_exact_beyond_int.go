package main

import "fmt"

const big = 9223372036854775807 * 4 / 8
const huge = 1000000000000 * 1000000000000 / 1000000000000000

func main() {
	fmt.Println(big)
	fmt.Println(huge)
	x := 9223372036854775807
	x++
	fmt.Println(x)
	y := -9223372036854775807 - 1
	y--
	fmt.Println(y)
	z := 3037000500
	fmt.Println(z * z)
}
