package main

import (
	"fmt"
	"time"
)

func main() {
	if 0 == 1 {
		time.Sleep(time.Millisecond)
	}
	for i := 1; i <= 256; i++ {
		go fmt.Println("g", i)
	}
	time.Sleep(time.Second)
}
