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
			defer wg.Done()
			time.Sleep(time.Duration(id) * time.Millisecond)
			fmt.Println("worker", id)
			if id == 2 {
				panic(fmt.Sprintf("worker %d failed", id))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("unreachable")
}
