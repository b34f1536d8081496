package main

import "fmt"

func main() {
	ch := make(chan rune, 1)
	ch <- 1000000000000
	fmt.Println(<-ch)
}
