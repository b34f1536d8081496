package main

import (
	"fmt"
	"time"
)

func main() {
	go fmt.Println("goroutine")
	time.Sleep(0)
	fmt.Println("main after Sleep(0)")
	time.Sleep(-5 * time.Millisecond)
	fmt.Println("main after negative sleep")
	time.Sleep(time.Nanosecond)
	fmt.Println("main after 1ns")
}
