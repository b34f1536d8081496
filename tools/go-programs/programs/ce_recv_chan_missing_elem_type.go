package main

import "fmt"

func worker(in <-chan, out chan<- int) {
	for v := range in {
		out <- v
	}
}

func main() {
	fmt.Println("x")
}
