package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			for j := 0; j < 2; j++ {
				mu.Lock()
				fmt.Println(id, "locked", j)
				time.Sleep(3 * time.Millisecond)
				mu.Unlock()
				fmt.Println(id, "unlocked", j)
			}
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
