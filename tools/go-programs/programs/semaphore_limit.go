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
			fmt.Println("enter", id, len(sem))
			time.Sleep(10 * time.Millisecond)
			fmt.Println("leave", id)
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println("all done")
}
