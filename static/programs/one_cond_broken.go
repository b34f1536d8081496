// The broken variant: one sync.Cond for both "not full" and "not empty". A consumer's
// Signal can wake the other consumer instead of the producer; then everyone waits.
// Under Go's own order it happens to finish: choose "First come, first run" as the
// scheduler, or be the scheduler yourself, to watch it deadlock.
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var cond = sync.NewCond(&mu)
var count = 0

const capacity = 1

func put(v int) {
	mu.Lock()
	for count == capacity {
		cond.Wait()
	}
	count++
	fmt.Println("put", v, "count", count)
	cond.Signal()
	mu.Unlock()
}

func get(who int) {
	mu.Lock()
	for count == 0 {
		cond.Wait()
	}
	count--
	fmt.Println("consumer", who, "got one, count", count)
	cond.Signal()
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
