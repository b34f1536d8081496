package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			wg.Wait()
			fmt.Println("waiter", id, "released")
		}(i)
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("releasing")
	wg.Done()
	time.Sleep(time.Millisecond)
	fmt.Println("end")
}
