package main

import "fmt"

func main() {
	var f func(a int, string, c)
	fmt.Println(f)
}
