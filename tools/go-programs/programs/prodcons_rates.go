package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 8; i++ {
			ch <- i
			fmt.Println("produced", i, "len", len(ch))
			time.Sleep(2 * time.Millisecond)
		}
		close(ch)
	}()
	go func() {
		for v := range ch {
			fmt.Println("consumed", v)
			time.Sleep(5 * time.Millisecond)
		}
		done <- true
	}()
	<-done
	fmt.Println("cap", cap(ch), "len", len(ch))
}
