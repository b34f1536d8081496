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
			fmt.Println("task", id, "running, in use:", len(sem))
			time.Sleep(10 * time.Millisecond)
			<-sem
			fmt.Println("task", id, "done")
		}(i)
	}
	wg.Wait()
	fmt.Println("all tasks", len(sem), cap(sem))
}
