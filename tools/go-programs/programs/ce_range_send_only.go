package main

import "fmt"

func consume(ch chan<- int) {
	for v := range ch {
		fmt.Println(v)
	}
}

func main() {
	ch := make(chan int)
	consume(ch)
}
