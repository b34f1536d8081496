package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var cv = sync.NewCond(&mu)
var count = 0

func producer(n int) {
	for i := 0; i < n; i++ {
		mu.Lock()
		if count == 1 {
			cv.Wait()
		}
		count++
		fmt.Println("put", count)
		cv.Signal()
		mu.Unlock()
	}
}

func consumer(n int, done chan bool) {
	for i := 0; i < n; i++ {
		mu.Lock()
		if count == 0 {
			cv.Wait()
		}
		count--
		fmt.Println("take", count)
		cv.Signal()
		mu.Unlock()
	}
	done <- true
}

func main() {
	done := make(chan bool)
	go consumer(3, done)
	go consumer(3, done)
	go producer(6)
	<-done
	<-done
}
