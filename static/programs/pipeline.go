// A pipeline: generate -> square -> print. Each stage owns its output channel and
// closes it when its input runs out, so the close flows down the pipeline.
package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range square(generate(4)) {
		fmt.Println(v)
	}
}
