package main

import (
	"fmt"
	"time"
)

func main() {
	counter := 0
	for i := 0; i < 3; i++ {
		go func() {
			counter++
			fmt.Println("counter now", counter)
		}()
	}
	time.Sleep(time.Millisecond)
	fmt.Println("final", counter)
}
