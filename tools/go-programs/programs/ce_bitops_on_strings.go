package main

import "fmt"

func main() {
	s := "abc"
	x := s << 1
	y := 5
	y <<= "a"
	fmt.Println(x, y, s & 1, ^true)
}
