package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			wg.Wait()
			fmt.Println("waiter", id, "released")
			done <- id
		}(i)
	}
	time.Sleep(4 * time.Millisecond)
	fmt.Println("releasing")
	wg.Done()
	for i := 0; i < 3; i++ {
		<-done
	}
}
