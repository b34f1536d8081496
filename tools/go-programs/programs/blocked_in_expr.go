package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- 7
		ch <- 8
	}()
	fmt.Println("got", <-ch, "then", <-ch)
	x := <-time.After(5 * time.Millisecond)
	_ = x
	fmt.Println("after")
}
