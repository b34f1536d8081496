package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Wait()
		fmt.Println("waiter returned")
	}()
	time.Sleep(time.Millisecond)
	wg.Done()
	wg.Add(1)
	time.Sleep(time.Millisecond)
}
