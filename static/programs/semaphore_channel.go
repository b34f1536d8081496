// A channel as a counting semaphore: a buffered channel of capacity 2 lets at most two
// goroutines into the critical section at once. Sending takes a slot, receiving frees it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	slots := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			slots <- struct{}{}
			fmt.Println("task", id, "enters")
			time.Sleep(100 * time.Millisecond)
			fmt.Println("task", id, "leaves")
			<-slots
		}(id)
	}
	wg.Wait()
}
