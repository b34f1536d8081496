package main

import (
	"fmt"
	"sync"
)

func walk(depth int, wg *sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	out <- depth
	if depth < 3 {
		wg.Add(2)
		go walk(depth+1, wg, out)
		go walk(depth+1, wg, out)
	}
}

func main() {
	out := make(chan int, 100)
	var wg sync.WaitGroup
	wg.Add(1)
	go walk(0, &wg, out)
	wg.Wait()
	close(out)
	sum := 0
	n := 0
	for d := range out {
		sum += d
		n++
	}
	fmt.Println(n, "nodes, depth sum", sum)
}
