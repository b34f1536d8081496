package main

import (
	"fmt"
	"time"
)

func main() {
	if 1 == 1 {
		time.Sleep(time.Millisecond)
	}
	for i := 1; i <= 258; i++ {
		go fmt.Println("g", i)
	}
	time.Sleep(time.Second)
}
