package main

import "fmt"

func main() {
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7/-2, -7%-2)
	a, b := -17, 5
	fmt.Println(a/b, a%b, (a%b+b)%b)
	a /= 3
	fmt.Println(a)
	b %= -3
	fmt.Println(b)
	fmt.Println(-(-9223372036854775807))
	m := -9223372036854775807 - 1
	fmt.Println(m / -1, m % -1)
}
