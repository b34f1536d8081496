package main

import (
	"fmt"
	"time"
)

func Producer(ch chan int) {
	for i := 1; i <= 5; i++ {
		fmt.Println("Produced : ", i)
		ch <- i
		time.Sleep(time.Millisecond * 100)
	}
	close(ch)
}

func Consumer(ch chan int) {
	for item := range ch {
		fmt.Println("Consumed : ", item)
		time.Sleep(time.Millisecond * 150)
	}
}

func main() {
	ch := make(chan int)
	go Producer(ch)
	Consumer(ch)
}
