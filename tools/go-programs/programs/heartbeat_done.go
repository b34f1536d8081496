package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan struct{})
	go func() {
		time.Sleep(35 * time.Millisecond)
		close(done)
	}()
	beats := 0
	for {
		select {
		case <-done:
			fmt.Println("stopped after", beats, "beats")
			return
		case <-time.After(10 * time.Millisecond):
			beats++
			fmt.Println("beat", beats)
		}
	}
}
