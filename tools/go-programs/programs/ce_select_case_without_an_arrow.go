package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- true
	}()
	for {
		select {
		case done:
			fmt.Println("done")
			return
		case <-time.After(3 * time.Millisecond):
			fmt.Println("tick")
		}
	}
}
