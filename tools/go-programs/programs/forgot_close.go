package main

import (
	"fmt"
	"time"
)

func producer(ch chan int) {
	for i := 1; i <= 3; i++ {
		ch <- i
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	ch := make(chan int, 2)
	go producer(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("never")
}
