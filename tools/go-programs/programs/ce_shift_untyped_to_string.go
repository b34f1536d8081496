package main

import "fmt"

func main() {
	k := 3
	var s string = 1 << k
	fmt.Println(s)
}
