package main

import (
	"fmt"
	"time"
)

func task(id int, done chan<- int) {
	defer func() { done <- id }()
	defer fmt.Println("task", id, "cleanup")
	fmt.Println("task", id, "working")
	time.Sleep(time.Duration(3-id) * time.Millisecond)
}

func main() {
	done := make(chan int)
	for i := 1; i <= 2; i++ {
		go task(i, done)
	}
	fmt.Println("finished", <-done)
	fmt.Println("finished", <-done)
}
