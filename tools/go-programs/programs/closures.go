package main

import (
	"fmt"
	"sync"
)

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	fmt.Println(c(), c(), c())
	x := 10
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i * 10
		}()
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
