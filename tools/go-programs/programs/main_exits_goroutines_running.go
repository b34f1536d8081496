package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for i := 0; ; i++ {
			fmt.Println("tick", i)
			time.Sleep(10 * time.Millisecond)
		}
	}()
	time.Sleep(35 * time.Millisecond)
	fmt.Println("main returns")
}
