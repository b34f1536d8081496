// A non-blocking send: select with default tries the send and moves on at once when
// the buffer is full, dropping the value instead of waiting.
package main

import "fmt"

func main() {
	events := make(chan int, 2)
	dropped := 0
	for i := 1; i <= 5; i++ {
		select {
		case events <- i:
			fmt.Println("queued", i)
		default:
			dropped++
			fmt.Println("buffer full, dropped", i)
		}
	}
	close(events)
	for e := range events {
		fmt.Println("handled", e)
	}
	fmt.Println("dropped", dropped)
}
