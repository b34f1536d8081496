package main

import "fmt"

func main() {
	fmt.Println("start")
	panic("line one\nline two")
}
