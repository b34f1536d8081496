package main

import (
	"fmt"
	"time"
)

func main() {
	var ch chan int
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("sleeper woke")
	}()
	fmt.Println("waiting on nil")
	<-ch
}
