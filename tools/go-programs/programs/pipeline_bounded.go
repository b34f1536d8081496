package main

import (
	"fmt"
	"sync"
	"time"
)

func stage(name string, in <-chan int, out chan<- int, d time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		time.Sleep(d)
		fmt.Println(name, v)
		out <- v + 1
	}
	close(out)
}

func main() {
	src := make(chan int, 1)
	mid := make(chan int, 1)
	dst := make(chan int, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go stage("A", src, mid, 3*time.Millisecond, &wg)
	go stage("B", mid, dst, 5*time.Millisecond, &wg)
	go func() {
		for i := 0; i < 4; i++ {
			src <- i * 10
			fmt.Println("fed", i*10)
		}
		close(src)
	}()
	for v := range dst {
		fmt.Println("out", v)
	}
	wg.Wait()
	fmt.Println("drained")
}
