package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			time.Sleep(time.Duration(i*15) * time.Millisecond)
			ch <- i
		}
	}()
	for {
		select {
		case v := <-ch:
			fmt.Println("value", v)
		case <-time.After(40 * time.Millisecond):
			fmt.Println("timeout")
			return
		}
	}
}
