package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string)
	go func() {
		for i := 1; i <= 4; i++ {
			time.Sleep(time.Duration(i*30) * time.Millisecond)
			ch <- fmt.Sprint("msg", i)
		}
	}()
	for {
		select {
		case m := <-ch:
			fmt.Println("received", m)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timeout, giving up")
			return
		}
	}
}
