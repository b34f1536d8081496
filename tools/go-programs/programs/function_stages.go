package main

import "fmt"

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int, 1)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func main() {
	src := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			src <- i
		}
		close(src)
	}()
	double := func(x int) int { return 2 * x }
	inc := func(x int) int { return x + 1 }
	for v := range stage(stage(src, double), inc) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var results chan int
	select {
	case v := <-results:
		fmt.Println(v)
	default:
		fmt.Println("nil channel never ready")
	}
}
