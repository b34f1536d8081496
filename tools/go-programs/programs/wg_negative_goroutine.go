package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	for i := 0; i < 2; i++ {
		go func(n int) {
			time.Sleep(time.Duration(n+1) * time.Millisecond)
			fmt.Println("done", n)
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("waited")
	time.Sleep(5 * time.Millisecond)
	fmt.Println("not reached")
}
