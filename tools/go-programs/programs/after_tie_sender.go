package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(50 * time.Millisecond)
			ch <- i
		}
	}()
	for k := 0; k < 4; k++ {
		select {
		case v := <-ch:
			fmt.Println("got", v)
		case <-time.After(50 * time.Millisecond):
			fmt.Println("timeout")
		}
	}
}
