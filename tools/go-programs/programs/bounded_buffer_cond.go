package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex
var notFull = sync.NewCond(&mu)
var notEmpty = sync.NewCond(&mu)
var count = 0

const max = 2

func producer(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		mu.Lock()
		for count == max {
			notFull.Wait()
		}
		count++
		fmt.Println("P", id, "put, count", count)
		notEmpty.Signal()
		mu.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
}

func consumer(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		mu.Lock()
		for count == 0 {
			notEmpty.Wait()
		}
		count--
		fmt.Println("C", id, "took, count", count)
		notFull.Signal()
		mu.Unlock()
		time.Sleep(8 * time.Millisecond)
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(2)
		go producer(i, &wg)
		go consumer(i, &wg)
	}
	wg.Wait()
	fmt.Println("final count", count)
}
