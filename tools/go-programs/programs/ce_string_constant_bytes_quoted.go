package main

import "fmt"

func main() {
	const c = "a" + "\xfe"
	var n int = c
	var m int = "\xff"
	fmt.Println(n, m)
}
