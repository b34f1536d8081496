package main

import "fmt"

func main() {
	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("called") }
	if f != nil {
		f()
	}
	var ch chan int
	fmt.Println(ch == nil, nil == ch)
	g := func(n int) int { return n * 2 }
	fmt.Println(g != nil, g(4))
}
