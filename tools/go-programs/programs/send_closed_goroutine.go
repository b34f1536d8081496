package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	go func() {
		for i := 0; ; i++ {
			ch <- i
			fmt.Println("sent", i)
			time.Sleep(2 * time.Millisecond)
		}
	}()
	fmt.Println("got", <-ch)
	time.Sleep(3 * time.Millisecond)
	close(ch)
	fmt.Println("closed")
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main end")
}
