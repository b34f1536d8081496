package main

import "fmt"

// A call of len, cap or make is an expression, not a statement: Go reports its value
// unused, wherever it stands, parenthesised or not, and the constant len of a string
// constant with its value.
func main() {
	ch := make(chan int, 1)
	cap(ch)
	len(ch)
	make(chan int)
	(len(ch))
	len("abc")
	if len(ch) == 0 {
		cap(ch)
	}
	for i := 0; i < 1; i++ {
		make(chan string, 2)
	}
	go func() {
		len(ch)
	}()
	fmt.Println()
}
