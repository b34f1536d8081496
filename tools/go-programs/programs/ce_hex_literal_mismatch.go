package main

import "fmt"

func main() {
	x := 0x10 + "a"
	fmt.Println(x)
}
