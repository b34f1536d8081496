package main

import "sync"

// A method named without a call is a method value that is not used, through a pointer
// as well; the receiver counts as used.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	p := &wg
	wg.Add
	wg.Done
	p.Wait
	mu.Lock
	if c != nil {
		mu.Unlock
	}
	go func() {
		c.Wait
		c.Signal
	}()
	c.Broadcast
}
