package main

import "fmt"

func main() {
	x := 
	fmt.Println(x)
}
