package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	run := func(name string, f func()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("start", name)
			f()
			fmt.Println("end", name)
		}()
	}
	run("a", func() { fmt.Println("  inside a") })
	run("b", func() { fmt.Println("  inside b") })
	wg.Wait()
}
