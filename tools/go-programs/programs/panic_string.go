package main

import "fmt"

func f() {
	defer fmt.Println("f deferred")
	panic("boom")
}

func main() {
	defer fmt.Println("main deferred")
	f()
	fmt.Println("unreachable")
}
