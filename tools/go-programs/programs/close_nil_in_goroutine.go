package main

import (
	"fmt"
	"time"
)

func main() {
	var ch chan int
	done := make(chan bool)
	go func() {
		defer close(done)
		fmt.Println("closing")
		close(ch)
	}()
	select {
	case <-done:
		fmt.Println("done")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
