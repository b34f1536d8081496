package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for c := 1; c <= 2; c++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for v := range ch {
				fmt.Println("consumer", id, "got", v)
				time.Sleep(time.Duration(id*3) * time.Millisecond)
			}
			fmt.Println("consumer", id, "exits")
		}(c)
	}
	for i := 1; i <= 6; i++ {
		ch <- i
		fmt.Println("sent", i)
	}
	close(ch)
	wg.Wait()
}
