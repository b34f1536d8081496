package main

import (
	"fmt"
	"sync"
	"time"
)

// A type is not an expression, as a statement or as a value, and a built-in must be
// called.
func main() {
	int
	time.Duration
	sync.WaitGroup
	chan int
	x := string
	var y int = sync.Mutex
	fmt.Println(bool, x, y)
	len
	n := cap
	fmt.Println(n)
}
