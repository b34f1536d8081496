package main

import "fmt"

func main() {
	count := 5
	msg := "count: " + count
	fmt.Println(msg)
}
