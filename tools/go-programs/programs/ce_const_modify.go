package main

import "fmt"

const max = 10

func main() {
	max++
	fmt.Println(max)
}
