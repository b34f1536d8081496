// Two workers take jobs from one channel. Job 1 was queued first, but nothing says it
// finishes first: schedule the workers so that job 2's result is printed before job 1's.
package main

import "fmt"

func worker(id int, jobs <-chan int, done chan<- bool) {
	for j := range jobs {
		fmt.Println("worker", id, "finished job", j)
	}
	done <- true
}

func main() {
	jobs := make(chan int, 2)
	done := make(chan bool)
	go worker(1, jobs, done)
	go worker(2, jobs, done)
	jobs <- 1
	jobs <- 2
	close(jobs)
	<-done
	<-done
	fmt.Println("all jobs done")
}
