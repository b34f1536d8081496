package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			fmt.Println("gen", i)
			out <- i
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			fmt.Println("sq", v)
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range sq(sq(gen(4))) {
		fmt.Println("main", v)
		total += v
	}
	fmt.Println("total", total)
}
