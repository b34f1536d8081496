package main

import "fmt"

func count(n int) int {
	defer fmt.Println("leaving", n)
	if n == 0 {
		return 0
	}
	return n + count(n-1)
}

func main() {
	fmt.Println("sum", count(4))
}
