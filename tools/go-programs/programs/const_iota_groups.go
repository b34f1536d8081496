package main

import "fmt"

const (
	Red = iota
	Green
	Blue
)

const (
	_ = iota * 10
	Ten
	Twenty
)

func main() {
	fmt.Println(Red, Green, Blue)
	fmt.Println(Ten, Twenty)
}
