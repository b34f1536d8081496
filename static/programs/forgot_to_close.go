// Forgot to close: the consumer ranges over the channel, but the producer never closes
// it, so after the last item the consumer waits forever and Go reports a deadlock.
package main

import (
	"fmt"
	"time"
)

func producer(ch chan<- int) {
	for i := 1; i <= 3; i++ {
		ch <- i
		time.Sleep(100 * time.Millisecond)
	}
	// close(ch) is missing
}

func main() {
	ch := make(chan int, 1)
	go producer(ch)
	for v := range ch {
		fmt.Println("consumed", v)
	}
	fmt.Println("never printed")
}
