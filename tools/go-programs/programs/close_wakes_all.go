package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("waiting", id)
			<-gate
			fmt.Println("through", id)
		}(i)
	}
	time.Sleep(time.Millisecond)
	close(gate)
	wg.Wait()
}
