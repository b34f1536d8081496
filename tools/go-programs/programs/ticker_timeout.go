package main

import (
	"fmt"
	"time"
)

func main() {
	tick := make(chan int)
	go func() {
		for i := 1; ; i++ {
			time.Sleep(time.Second / 4)
			tick <- i
		}
	}()
	timeout := time.After(time.Second + 100*time.Millisecond)
	for {
		select {
		case n := <-tick:
			fmt.Println("tick", n)
		case <-timeout:
			fmt.Println("timeout!")
			return
		}
	}
}
