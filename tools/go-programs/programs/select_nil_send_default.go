package main

import "fmt"

func main() {
	var out chan int
	in := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		case v := <-in:
			fmt.Println("received", v)
		default:
			fmt.Println("nothing ready", i)
			in <- i * 10
		}
	}
}
