package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper done, never sends")
	}()
	go func() {
		var nilch chan int
		nilch <- 1
	}()
	<-ch
}
