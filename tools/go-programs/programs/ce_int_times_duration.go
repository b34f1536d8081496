package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	time.Sleep(n * time.Millisecond)
	fmt.Println("slept")
}
