package main

import "fmt"

func main() {
	var r rune = 'a'
	var big rune = 3000000000
	const c rune = 'a'
	x := c * 100000000
	y := r + 3000000000
	var i rune = 5
	z := r + i
	q := 'a' * 100000000000
	var n int = 'a'
	var d int = r
	s := 'a' + 1
	fmt.Printf("%T %T\n", s, q)
	fmt.Println(r, big, x, y, z, n, d, len(r), 'a' + "b")
	fmt.Println(r == 5, r == n, 'x' == 120)
}
