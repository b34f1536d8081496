package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queued, next := 0, 0
	var wg sync.WaitGroup
	wg.Add(3)
	for id := 1; id <= 3; id++ {
		go func(id int) {
			for n := 0; n < 3; n++ {
				mu.Lock()
				for queued == 0 {
					cond.Wait()
				}
				v := next
				next++
				queued--
				fmt.Println("consumer", id, "took", v)
				mu.Unlock()
			}
			wg.Done()
		}(id)
	}
	for v := 0; v < 9; v++ {
		mu.Lock()
		queued++
		if v%3 == 2 {
			cond.Broadcast()
		} else {
			cond.Signal()
		}
		mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
}
