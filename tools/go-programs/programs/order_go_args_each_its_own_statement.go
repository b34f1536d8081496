package main

import (
	"fmt"
	"time"
)

var x int

func g() int { x += 10; return x }

func show(a, b, c int) { fmt.Println(a, b, c) }

func main() {
	go show(x, x+g(), x)
	time.Sleep(time.Millisecond)
}
