package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100
const small = big >> 98

func main() {
	fmt.Println(KB, MB, GB, small)
	fmt.Println(big / (1 << 90))
	const c int = 7
	fmt.Printf("%T %T\n", c, small)
}
