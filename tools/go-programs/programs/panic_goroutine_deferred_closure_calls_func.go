package main

import (
	"fmt"
	"time"
)

func inner() int {
	defer fmt.Println("inner's own defer")
	return 7
}

func worker(done chan bool) {
	defer func() {
		v := inner()
		fmt.Println("worker deferred got", v)
		done <- true
	}()
	var m chan int
	close(m)
}

func main() {
	done := make(chan bool)
	go worker(done)
	select {
	case <-done:
		fmt.Println("main got done")
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
