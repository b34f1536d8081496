package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	start := make(chan int)
	mu.Lock()
	for i := 1; i <= 2; i++ {
		go func(id int) {
			mu.Lock()
			fmt.Println("early", id)
			mu.Unlock()
		}(i)
	}
	for i := 1; i <= 2; i++ {
		go func(id int) {
			<-start
			mu.Lock()
			fmt.Println("late", id)
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	mu.Unlock()
	mu.Lock()
	start <- 1
	start <- 2
	time.Sleep(time.Millisecond)
	mu.Unlock()
	time.Sleep(time.Millisecond)
	fmt.Println("end")
}
