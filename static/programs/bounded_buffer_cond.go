// A bounded buffer with a sync.Mutex and two sync.Conds, as OSTEP builds it: producers
// wait on notFull, consumers on notEmpty, each re-checking its condition in a for loop.
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var notFull = sync.NewCond(&mu)
var notEmpty = sync.NewCond(&mu)
var count = 0

const capacity = 1

func put(v int) {
	mu.Lock()
	for count == capacity {
		notFull.Wait()
	}
	count++
	fmt.Println("put", v, "count", count)
	notEmpty.Signal()
	mu.Unlock()
}

func get(who int) {
	mu.Lock()
	for count == 0 {
		notEmpty.Wait()
	}
	count--
	fmt.Println("consumer", who, "got one, count", count)
	notFull.Signal()
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for c := 1; c <= 2; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				get(c)
			}
		}(c)
	}
	for v := 1; v <= 6; v++ {
		put(v)
	}
	wg.Wait()
	fmt.Println("done")
}
