package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func(n int) {
			defer wg.Done()
			fmt.Println("worker", n)
		}(i)
	}
	wg.Wait()
	fmt.Println("never")
}
