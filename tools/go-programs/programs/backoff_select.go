package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan bool)
	go func() {
		time.Sleep(100 * time.Millisecond)
		ready <- true
	}()
	for attempt := 0; ; attempt++ {
		wait := time.Duration(1<<attempt) * 10 * time.Millisecond
		select {
		case <-ready:
			fmt.Println("ready after attempt", attempt)
			return
		case <-time.After(wait):
			fmt.Println("attempt", attempt, "waited", wait)
		}
	}
}
