package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("sender blocks")
		ch <- 1
		fmt.Println("never")
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("closing with a blocked sender")
	close(ch)
	time.Sleep(time.Millisecond)
	fmt.Println("not reached")
}
