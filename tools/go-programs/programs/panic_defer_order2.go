package main

import "fmt"

func f(n int) {
	defer fmt.Println("deferred in f", n)
	if n == 0 {
		panic("zero")
	}
	f(n - 1)
}

func main() {
	defer fmt.Println("deferred in main")
	f(2)
}
