package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 6; i++ {
		go func(n int) {
			time.Sleep(100 * time.Millisecond)
			fmt.Println("woke", n)
		}(i)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main woke")
	time.Sleep(time.Millisecond)
}
