package main

import (
	"fmt"
	"time"
)

func Producer(ch chan int) {
	for i := 1; i <= 5; i++ {
		fmt.Println("Produced : ", i)
		ch <- i // send to channel ( buffer )
		time.Sleep(time.Millisecond * 100)
	}
	close(ch) // Close channel after producing
}

func Consumer(ch chan int) {
	for item := range ch { // receives until channel is closed
		fmt.Println("Consumed : ", item)
		time.Sleep(time.Millisecond * 150)
	}
}

func main() {
	ch := make(chan int, 3) // Buffered channel act as queue
	go Producer(ch)
	Consumer(ch) // run consumer in main goroutine
}
