package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		go fmt.Println("never printed?", i)
	}
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("main returns with", len(ch))
}
