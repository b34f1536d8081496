package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.After(20 * time.Millisecond)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("goroutine woke at 20")
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke at 20")
	<-t
	fmt.Println("timer read")
	time.Sleep(time.Millisecond)
}
