package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	panic("boom")
}

func main() {
	defer fmt.Println("main defer 1")
	defer func() {
		fmt.Println("main defer 2")
	}()
	fmt.Println("start")
	inner()
	fmt.Println("unreachable")
}
