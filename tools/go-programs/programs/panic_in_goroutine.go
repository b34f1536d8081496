package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("goroutine about to panic")
		panic("boom in goroutine")
	}()
	fmt.Println("main sleeping")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("never")
}
