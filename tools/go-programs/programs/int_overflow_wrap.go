package main

import "fmt"

func main() {
	x := 9223372036854775807
	x++
	fmt.Println(x)
	y := -9223372036854775807 - 1
	fmt.Println(y, -y, y/-1, y%-1)
	z := 3037000500
	fmt.Println(z * z)
	m := 1
	for i := 0; i < 70; i++ {
		m *= 2
	}
	fmt.Println(m)
}
