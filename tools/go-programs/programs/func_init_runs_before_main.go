package main

import "fmt"

var ready = setup()

func setup() bool {
	fmt.Println("setup runs first")
	return true
}

func init() {
	fmt.Println("init runs second", ready)
}

func main() {
	fmt.Println("main runs last")
}
