package main

import "fmt"

func main() {
	ch := make(chan)
	fmt.Println(ch)
}
