package main

import (
	"fmt"
	"time"
)

func source(base int, d time.Duration, n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			time.Sleep(d)
			c <- base + i
		}
		close(c)
	}()
	return c
}

func main() {
	a := source(0, 3*time.Millisecond, 5)
	b := source(100, 7*time.Millisecond, 2)
	merged := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range a {
			merged <- v
		}
		done <- true
	}()
	go func() {
		for v := range b {
			merged <- v
		}
		done <- true
	}()
	go func() {
		<-done
		<-done
		close(merged)
	}()
	for v := range merged {
		fmt.Println(v)
	}
}
