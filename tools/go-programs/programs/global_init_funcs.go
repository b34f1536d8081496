package main

import "fmt"

var total = sum()
var items = 4
var label = describe(total)

const last = first + 2
const first = 1

func sum() int {
	s := 0
	for i := 1; i <= items; i++ {
		s += i
	}
	return s
}

func describe(n int) string {
	fmt.Println("describe", n, items)
	if n > 5 {
		return "big"
	}
	return "small"
}

func main() {
	fmt.Println(total, items, label, first, last)
}
