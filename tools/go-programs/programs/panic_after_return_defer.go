package main

import "fmt"

func work() int {
	defer func() {
		fmt.Println("cleanup panics")
		panic("in cleanup")
	}()
	fmt.Println("working")
	return 3
}

func main() {
	fmt.Println(work())
}
