package main

import "fmt"

func main() {
	ch := make(chan int)
	if ch == 1 {
		fmt.Println("?")
	}
}
