package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int, 2)
	var wg sync.WaitGroup
	for p := 1; p <= 3; p++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				ch <- id*10 + i
				time.Sleep(time.Duration(id) * time.Millisecond)
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	for v := range ch {
		fmt.Println("consumed", v)
		time.Sleep(2 * time.Millisecond)
	}
	fmt.Println("done")
}
