package main

import (
	"fmt"
	"time"
)

func check(n int) {
	defer fmt.Println("check", n, "deferred")
	if n > 2 {
		panic(fmt.Sprintf("n too big: %d", n))
	}
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
		time.Sleep(10 * time.Millisecond)
	}
}
