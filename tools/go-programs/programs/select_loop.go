package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
			time.Sleep(10 * time.Millisecond)
		}
	}()
	go func() {
		time.Sleep(5 * time.Millisecond)
		for i := 0; i < 2; i++ {
			b <- i * 100
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(50 * time.Millisecond)
		quit <- true
	}()
	for {
		select {
		case v := <-a:
			fmt.Println("a", v)
		case v, ok := <-b:
			fmt.Println("b", v, ok)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
