package main

import (
	"fmt"
	"sync"
)

var next int
var mu sync.Mutex

func take() int {
	mu.Lock()
	defer mu.Unlock()
	next++
	return next
}

func main() {
	var wg sync.WaitGroup
	for c := 1; c <= 3; c++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("customer", id, "sees counter", next, "and takes ticket", take())
		}(c)
	}
	wg.Wait()
	fmt.Println("tickets issued:", next)
}
