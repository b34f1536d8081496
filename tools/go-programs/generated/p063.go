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
	for {
		select {
		case v, ok := <-in:
			if !ok {
				done <- true
				return
			}
			fmt.Println("consumer", id, "got", v)
			mu.Lock()
			total += v
			mu.Unlock()
		case <-time.After(20 * time.Millisecond):
			fmt.Println("consumer", id, "timeout")
		}
		if d > 0 {
			time.Sleep(time.Duration(d) * time.Millisecond)
		}
	}
}

func main() {
	ch := make(chan int, 5)
	done := make(chan bool)
	go consumer(2, 10, ch, done)
	go consumer(1, 1, ch, done)
	wg.Add(1)
	go producer(2, 1, 1, ch)
	wg.Add(1)
	go producer(1, 1, 0, ch)
	wg.Wait()
	close(ch)
	for i := 0; i < 2; i++ {
		<-done
	}
	fmt.Println("total", total, "in", unit*time.Duration(total%7))
}
