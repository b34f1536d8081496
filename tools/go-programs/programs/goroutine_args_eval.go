package main

import (
	"fmt"
	"time"
)

func show(label string, v int) { fmt.Println(label, v) }

func main() {
	x := 1
	go show("go arg", x)
	go func() { show("closure", x) }()
	x = 2
	time.Sleep(time.Millisecond)
	for i := 0; i < 3; i++ {
		go show("loop arg", i*i)
	}
	time.Sleep(time.Millisecond)
}
