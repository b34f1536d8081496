package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 300; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("g", id)
		}(i)
	}
	fmt.Println("all spawned")
	wg.Wait()
	fmt.Println("done")
}
