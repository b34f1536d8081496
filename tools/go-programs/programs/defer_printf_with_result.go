package main

import "fmt"

func f() int {
	defer fmt.Printf("bye %d\n", 1)
	defer fmt.Println("deferred", 2)
	return 7
}

func main() {
	fmt.Println(f() + f())
}
