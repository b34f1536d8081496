package main

import "fmt"

func f() int {
	return
}

func g() {
	return 1
}

func main() {
	fmt.Println(f())
	g()
}
