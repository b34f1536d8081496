// One Cond for both "not full" and "not empty", one slot, two consumers. The right
// schedule makes a consumer's Signal wake the other consumer instead of the producer,
// and then every goroutine waits: a deadlock.
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var cond = sync.NewCond(&mu)
var count = 0

func put(v int) {
	mu.Lock()
	for count == 1 {
		cond.Wait()
	}
	count++
	fmt.Println("put", v)
	cond.Signal()
	mu.Unlock()
}

func get(id int) {
	mu.Lock()
	for count == 0 {
		cond.Wait()
	}
	count--
	fmt.Println("consumer", id, "got one")
	cond.Signal()
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for c := 1; c <= 2; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			get(c)
		}(c)
	}
	put(1)
	put(2)
	wg.Wait()
	fmt.Println("done")
}
