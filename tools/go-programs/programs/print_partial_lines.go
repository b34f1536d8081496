package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Print("[g1]")
		time.Sleep(2 * time.Millisecond)
		fmt.Println("[g1 end]")
	}()
	fmt.Print("main: ")
	time.Sleep(time.Millisecond)
	fmt.Print("after 1ms ")
	time.Sleep(3 * time.Millisecond)
	fmt.Println("done")
	fmt.Print("no newline at exit")
}
