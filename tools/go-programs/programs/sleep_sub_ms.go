package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(700 * time.Microsecond)
			fmt.Println("g tick", i)
		}
	}()
	for i := 0; i < 3; i++ {
		time.Sleep(time.Millisecond)
		fmt.Println("main tick", i)
	}
}
