package main

import (
	"fmt"
	"sync"
	"time"
)

const unit = time.Millisecond

var mu sync.Mutex
var wg sync.WaitGroup
var total int

func helper(a int, b int) int {
	if a > b {
		return a - b
	}
	return a*2 + b
}

func producer(id int, n int, d int, out chan<- int) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		v := id*100 + i
		fmt.Println("producer", id, "sends", v)
		out <- v
		if d > 0 {
			time.Sleep(time.Duration(d) * time.Millisecond)
		}
	}
}

func consumer(id int, d int, in <-chan int, done chan<- bool) {
	for v := range in {
		fmt.Printf("consumer %d got %3d\n", id, v)
		mu.Lock()
		total += v
		mu.Unlock()
		if d > 0 {
			time.Sleep(time.Duration(d) * time.Millisecond)
		}
	}
	done <- true
}

func main() {
	ch := make(chan int, 3)
	done := make(chan bool)
	go consumer(1, 10, ch, done)
	wg.Add(1)
	go producer(1, 3, 0, ch)
	wg.Wait()
	for i := 0; i < 1; i++ {
		<-done
	}
	fmt.Println("total", total, "in", unit*time.Duration(total%7))
}
