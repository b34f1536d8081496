package main

import (
	"fmt"
	"sync"
)

var (
	mu       sync.Mutex
	notFull  = sync.NewCond(&mu)
	notEmpty = sync.NewCond(&mu)
	count    int
	head     int
)

const size = 2

func put(v int) {
	mu.Lock()
	for count == size {
		fmt.Println("producer waits")
		notFull.Wait()
	}
	count++
	head = v
	fmt.Println("put", v, "count", count)
	notEmpty.Signal()
	mu.Unlock()
}

func get() int {
	mu.Lock()
	for count == 0 {
		fmt.Println("consumer waits")
		notEmpty.Wait()
	}
	count--
	v := head
	fmt.Println("got", v, "count", count)
	notFull.Signal()
	mu.Unlock()
	return v
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 1; i <= 5; i++ {
			put(i)
		}
	}()
	go func() {
		defer wg.Done()
		for i := 1; i <= 5; i++ {
			get()
		}
	}()
	wg.Wait()
	fmt.Println("done")
}
