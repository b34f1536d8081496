package main

import "fmt"

// A rune literal is an untyped rune constant: its default type is rune, which %T
// calls int32.
func main() {
	r := 'a'
	fmt.Printf("%T %v %c %q %x %X %U %d\n", r, r, r, r, r, r, r, r)
	fmt.Println(r, 'b', 'z'-'a')
}

func more() {
	c := 'a'
	c += 2
	fmt.Printf("%c %d %T\n", c, c, c)
	d := c - 'a'
	fmt.Printf("%v %T\n", d, d)
	var n int = 5
	fmt.Println(n + 'a')
	fmt.Printf("%T %T\n", n+'a', 'a'+1)
	const first rune = 'A'
	fmt.Printf("%T %v\n", first, 'Z'-first+1)
}

func init() { more() }
