package main

import "fmt"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Add(-3)
	fmt.Println("x")
}
