package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	go func() {
		for {
			time.Sleep(25 * time.Millisecond)
			v := <-out
			fmt.Println("slow reader got", v)
		}
	}()
	for i := 1; i <= 4; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		case <-time.After(10 * time.Millisecond):
			fmt.Println("dropped", i)
		}
	}
	time.Sleep(30 * time.Millisecond)
}
