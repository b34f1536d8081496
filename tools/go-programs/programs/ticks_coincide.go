package main

import (
	"fmt"
	"sync"
	"time"
)

func ticker(name string, every time.Duration, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= n; i++ {
		time.Sleep(every)
		fmt.Println(name, i)
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	go ticker("two", 2*time.Millisecond, 6, &wg)
	go ticker("three", 3*time.Millisecond, 4, &wg)
	go ticker("four", 4*time.Millisecond, 3, &wg)
	wg.Wait()
	fmt.Println("end")
}
