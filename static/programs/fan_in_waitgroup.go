// Fan-in: three producers send into one channel; a WaitGroup tells main when all
// three are done, so it can close the channel and end the consumer's range loop.
package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= 2; i++ {
		out <- id*10 + i
		time.Sleep(time.Duration(id) * 100 * time.Millisecond)
	}
}

func main() {
	out := make(chan int, 2)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go producer(id, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	for v := range out {
		fmt.Println("got", v)
	}
	fmt.Println("all producers done")
}
