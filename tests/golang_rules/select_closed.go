package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	other := make(chan int)
	done := make(chan bool)
	go func() {
		select {
		case v, ok := <-ch:
			fmt.Println("ch", v, ok)
		case v := <-other:
			fmt.Println("other", v)
		}
		done <- true
	}()
	time.Sleep(time.Millisecond)
	close(ch)
	<-done
}
