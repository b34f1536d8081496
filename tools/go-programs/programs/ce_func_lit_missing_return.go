package main

import "fmt"

func main() {
	f := func(n int) int {
		if n > 0 {
			return n
		}
	}
	fmt.Println(f(1))
}
