package main

import (
	"fmt"
	"time"
)

// A conversion is no statement either: Go describes the converted value, a constant
// with its value when it reads otherwise than the expression.
func main() {
	n := 2
	time.Duration(5)
	time.Duration(n)
	int(n)
	string("a")
	(time.Duration(n))
	if n > 0 {
		time.Duration(n * 2)
	}
	defer func() {
		int(7)
	}()
	fmt.Println(n)
}
