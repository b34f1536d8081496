package main

import "fmt"

const limit = 9223372036854775807

func main() {
	var x = limit + 1
	fmt.Println(x)
}
