package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint('a', 'b'), fmt.Sprint('a', "b"), string(rune(65))+"x")
	var r rune
	r -= 1
	r /= 2
	fmt.Println(r, r%2, -r)
	x := int(r) * 1000000000000
	fmt.Println(x, rune(x))
}
