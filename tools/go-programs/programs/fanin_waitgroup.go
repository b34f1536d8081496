package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		time.Sleep(time.Duration(id*7) * time.Millisecond)
		out <- "w"
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(id, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	for s := range out {
		fmt.Println("from", s)
	}
	fmt.Println("all done")
}
