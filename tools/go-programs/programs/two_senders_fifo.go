package main

import (
	"fmt"
	"time"
)

func send(ch chan int, v int, d time.Duration) {
	time.Sleep(d)
	fmt.Println("send", v)
	ch <- v
	fmt.Println("sent", v)
}

func main() {
	ch := make(chan int)
	go send(ch, 1, 3*time.Millisecond)
	go send(ch, 2, 1*time.Millisecond)
	go send(ch, 3, 2*time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		fmt.Println("got", <-ch)
	}
	time.Sleep(time.Millisecond)
}
