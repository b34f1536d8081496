// A worker pool: main queues six jobs; three workers take them as they come free and
// send back results. Each job takes as long as its number of tenths of a second.
package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		fmt.Println("worker", id, "starts job", j)
		time.Sleep(time.Duration(j) * 100 * time.Millisecond)
		results <- j * j
	}
}

func main() {
	jobs := make(chan int, 6)
	results := make(chan int, 6)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	for n := 0; n < 6; n++ {
		fmt.Println("result", <-results)
	}
}
