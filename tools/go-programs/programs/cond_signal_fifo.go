package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	turn := 0
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			for turn == 0 {
				c.Wait()
			}
			turn--
			fmt.Println("got a turn", id)
			mu.Unlock()
		}(i)
		time.Sleep(time.Millisecond)
	}
	for k := 0; k < 4; k++ {
		mu.Lock()
		turn++
		c.Signal()
		mu.Unlock()
		time.Sleep(2 * time.Millisecond)
	}
	wg.Wait()
}
