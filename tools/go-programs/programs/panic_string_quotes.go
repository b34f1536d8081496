package main

import "fmt"

func main() {
	defer fmt.Println("cleanup")
	msg := "bad \"input\"\tdone"
	panic(msg)
}
