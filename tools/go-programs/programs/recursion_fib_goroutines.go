package main

import "fmt"

func fib(n int, out chan<- int) {
	if n < 2 {
		out <- n
		return
	}
	a := make(chan int)
	b := make(chan int)
	go fib(n-1, a)
	go fib(n-2, b)
	out <- <-a + <-b
}

func main() {
	for i := 0; i < 10; i++ {
		ch := make(chan int)
		go fib(i, ch)
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
}
