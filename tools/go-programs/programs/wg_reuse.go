package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for round := 1; round <= 2; round++ {
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go func(r, id int) {
				defer wg.Done()
				time.Sleep(time.Duration(3-id) * time.Millisecond)
				fmt.Println("round", r, "worker", id)
			}(round, i)
		}
		wg.Wait()
		fmt.Println("round", round, "complete")
	}
	var x int = 7
	switch {
	case x > 5:
		fmt.Println("big")
		fallthroughNot := 1
		_ = fallthroughNot
	}
}
