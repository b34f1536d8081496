package main

import (
	"fmt"
	"sync"
	"time"
)

var mu = sync.Mutex{}

func main() {
	var wg = sync.WaitGroup{}
	pwg := &sync.WaitGroup{}
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		pwg.Add(1)
		go func(n int) {
			defer wg.Done()
			defer pwg.Done()
			time.Sleep(time.Duration(n) * time.Millisecond)
			mu.Lock()
			total += n
			fmt.Println("added", n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	pwg.Wait()
	fmt.Printf("%T %T %d\n", wg, pwg, total)
}
