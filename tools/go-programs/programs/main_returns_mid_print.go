package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Println("background", i)
			time.Sleep(3 * time.Millisecond)
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main done")
}
