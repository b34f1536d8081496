package main

import "fmt"

func main() {
	name := "bob"
	name = 5
	fmt.Println(name)
}
