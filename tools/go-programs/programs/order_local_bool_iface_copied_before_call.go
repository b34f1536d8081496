package main

import "fmt"

var gb bool

func main() {
	lb := false
	flip := func() int { lb = !lb; gb = !gb; return 1 }
	fmt.Println(lb, gb, flip(), lb, gb)
}
