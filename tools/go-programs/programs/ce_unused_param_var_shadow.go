package main

import "fmt"

func f(n int) {
	n := 3
	fmt.Println(n)
}

func main() {
	f(1)
}
