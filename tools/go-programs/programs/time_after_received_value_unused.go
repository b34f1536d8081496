package main

import (
	"fmt"
	"time"
)

func main() {
	t := <-time.After(1500 * time.Millisecond)
	fmt.Println("fired")
	_ = t
}
