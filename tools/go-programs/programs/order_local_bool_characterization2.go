package main

import "fmt"

var gb bool

func main() {
	lb := false
	n := 0
	flip := func() int { lb = !lb; gb = !gb; n++; return n }
	fmt.Println("A", lb, gb, flip(), lb, gb)
	fmt.Printf("B %t %t %d %t %t\n", lb, gb, flip(), lb, gb)
	fmt.Println("C", fmt.Sprint(lb, flip()), lb)
	fmt.Println("D", !lb, lb == true, flip(), lb)
	show := func(v bool, k int) { fmt.Println("E", v, k) }
	show(lb, flip())
	m := lb
	fmt.Println("F", m, flip(), n)
}
