package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 5; i >= 1; i-- {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(n%3) * time.Millisecond)
			fmt.Println("woke", n)
		}(i)
	}
	wg.Wait()
}
