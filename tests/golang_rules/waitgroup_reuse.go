package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for round := 0; round < 3; round++ {
		wg.Add(2)
		for w := 0; w < 2; w++ {
			go func(w int) {
				time.Sleep(time.Duration(w+round) * time.Millisecond)
				fmt.Println("round", round, "worker", w)
				wg.Done()
			}(w)
		}
		done := make(chan bool)
		go func() {
			wg.Wait()
			fmt.Println("round", round, "watcher sees zero")
			done <- true
		}()
		wg.Wait()
		fmt.Println("round", round, "main sees zero")
		<-done
	}
}
