package main

import "fmt"

const c int = 1 << 63
const d int = "s"

func main() {
	const e int = 9223372036854775808
	fmt.Println(c, d, e)
}
