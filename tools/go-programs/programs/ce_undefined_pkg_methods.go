package main

import "fmt"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	mu.Lock()
	wg.Wait()
	fmt.Println("x")
}
