package main

import (
	"fmt"
	"time"
)

var enqueued int

func producer(q chan<- int) {
	for i := 1; i <= 4; i++ {
		enqueued++
		q <- i
		time.Sleep(5 * time.Millisecond)
	}
	close(q)
}

func main() {
	q := make(chan int)
	go producer(q)
	for {
		fmt.Println("enqueued so far:", enqueued)
		v, ok := <-q
		if !ok {
			break
		}
		fmt.Println("enqueued", enqueued, "dequeued", v, "diff", enqueued-v)
		fmt.Println("enqueued (before next receive):", enqueued, "next:", <-q)
	}
}
