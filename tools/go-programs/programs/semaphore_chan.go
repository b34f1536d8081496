package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}
			fmt.Println("start", id)
			time.Sleep(30 * time.Millisecond)
			fmt.Println("end", id)
			<-sem
		}(i)
	}
	wg.Wait()
}
