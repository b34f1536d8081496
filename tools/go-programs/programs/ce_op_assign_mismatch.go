package main

import (
	"fmt"
	"time"
)

// Each assignment operation with mismatched sides is spelled as written (`n += "a"`),
// not as the binary operation it stands for.
func main() {
	n, s, d := 3, "x", time.Second
	n += "a"
	n -= s
	n *= d
	d /= n
	if n > 0 {
		n %= "b"
	}
	for i := 0; i < 2; i += "x" {
		fmt.Println(i)
	}
	go func() {
		s += 1
	}()
	s -= "a"
	fmt.Println(n, s, d)
}
