package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			time.Sleep(time.Duration(id) * time.Millisecond)
			fmt.Println("worker", id, "done")
			if id != 2 {
				wg.Done()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("unreachable")
}
