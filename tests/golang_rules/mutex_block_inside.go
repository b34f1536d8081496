package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

func main() {
	ch := make(chan int)
	done := make(chan bool)
	for id := 1; id <= 3; id++ {
		go func(id int) {
			for i := 0; i < 3; i++ {
				mu.Lock()
				v := <-ch
				fmt.Println("worker", id, "got", v)
				mu.Unlock()
			}
			done <- true
		}(id)
	}
	for v := 0; v < 9; v++ {
		ch <- v
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
