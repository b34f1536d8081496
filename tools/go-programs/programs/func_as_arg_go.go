package main

import (
	"fmt"
	"time"
)

func repeat(n int, d time.Duration, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
		time.Sleep(d)
	}
}

func main() {
	done := make(chan bool)
	go func() {
		repeat(3, 2*time.Millisecond, func(i int) { fmt.Println("A", i) })
		done <- true
	}()
	repeat(2, 3*time.Millisecond, func(i int) { fmt.Println("B", i) })
	<-done
}
