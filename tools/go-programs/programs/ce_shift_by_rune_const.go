package main

import "fmt"

func main() {
	x := 1 << 'a'
	fmt.Println(x)
}
