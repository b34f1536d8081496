package main

import "fmt"

func main() {
	const big = 1 << 62
	fmt.Println(big*2 - 1 + big*2)
	fmt.Println(big << 1)
}
