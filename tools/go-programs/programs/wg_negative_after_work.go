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
		time.Sleep(time.Millisecond)
		fmt.Println("done once")
		wg.Done()
		wg.Done()
	}()
	wg.Wait()
	time.Sleep(time.Millisecond)
	fmt.Println("unreachable?")
}
