package main

import "fmt"

func relay(id int, in <-chan int, out chan<- int) {
	v := <-in
	fmt.Println("relay", id, "passes", v+1)
	out <- v + 1
}

func main() {
	first := make(chan int)
	in := first
	for i := 1; i <= 5; i++ {
		out := make(chan int)
		go relay(i, in, out)
		in = out
	}
	first <- 0
	fmt.Println("final", <-in)
}
