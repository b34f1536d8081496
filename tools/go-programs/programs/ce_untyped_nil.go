package main

import "fmt"

func main() {
	x := nil
	var y int = nil
	fmt.Println(x, y)
}
