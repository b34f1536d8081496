package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add("x")
	wg.Foo()
	mu.lock()
	mu.Unlock(1)
	wg.Done(2)
}
