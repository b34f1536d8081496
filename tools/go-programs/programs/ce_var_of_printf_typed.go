package main

import "fmt"

func main() {
	var n = fmt.Printf("%d\n", 1)
	var m int = fmt.Println("b")
	fmt.Println(n, m)
}
