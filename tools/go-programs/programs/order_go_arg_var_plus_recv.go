package main

import (
	"fmt"
	"time"
)

var total int

func report(label string, v int) { fmt.Println(label, v) }

func main() {
	ch := make(chan int)
	go func() {
		total = 100
		ch <- 1
	}()
	go report("sum", total+<-ch)
	time.Sleep(time.Millisecond)
}
