package main

import (
	"fmt"
	"time"
)

var processed int

func worker(jobs <-chan int, results chan<- int) {
	for j := range jobs {
		time.Sleep(10 * time.Millisecond)
		processed++
		results <- j * j
	}
	close(results)
}

func main() {
	jobs := make(chan int, 5)
	results := make(chan int)
	go worker(jobs, results)
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	for i := 1; i <= 5; i++ {
		fmt.Printf("progress %d/5, next result %d\n", processed, <-results)
	}
}
