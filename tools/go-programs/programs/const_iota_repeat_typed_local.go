package main

import (
	"fmt"
	"time"
)

const (
	A time.Duration = iota * time.Millisecond
	B
	C
)

const (
	p, q = iota, iota * 2
	r, s
	_, _
	t, u
)

const (
	word = "s"
	again
	n = iota + 100
	m
)

const single = iota

func main() {
	const (
		low = iota - 1
		mid
		high
	)
	fmt.Println(A, B, C, p, q, r, s, t, u, word, again, n, m, single, low, mid, high)
	fmt.Printf("%T %T\n", B, mid)
}
