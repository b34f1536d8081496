package main

import (
	"fmt"
	"time"
)

var x int

func g() int { x += 10; return x }

func show(tag string, a int) { fmt.Println(tag, a) }

func main() {
	go show("go", x+g())
	time.Sleep(time.Millisecond)
	defer show("defer", x+g())
	fmt.Println("x", x)
}
