package main

import (
	"fmt"
	"time"
)

func main() {
	timeout := time.After(100 * time.Millisecond)
	ch := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ch <- i
			time.Sleep(30 * time.Millisecond)
		}
	}()
	for {
		select {
		case v := <-ch:
			fmt.Println("value", v)
		case <-timeout:
			fmt.Println("time is up")
			return
		}
	}
}
