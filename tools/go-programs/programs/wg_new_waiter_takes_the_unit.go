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
		fmt.Println("first waiter returned")
	}()
	time.Sleep(time.Millisecond)
	wg.Done()
	wg.Add(1)
	go func() {
		wg.Wait()
		fmt.Println("second waiter returned")
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main done")
}
