package main

import (
	"fmt"
	"time"
)

// A conversion takes one argument: none is "missing argument", more is "too many
// arguments" at the last one, and each argument is checked all the same (n and d count
// as used).
func main() {
	n, d := 1, time.Second
	a := int()
	b := int(1, n)
	c := time.Duration(n, 2, d)
	e := string("a", "b")
	fmt.Println(a, b, c, e)
}
