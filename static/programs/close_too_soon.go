// Two producers share a channel, and main closes it as soon as the first one reports
// that it is done. Under the right schedule the other producer then sends on a closed
// channel, and the program crashes.
package main

import "fmt"

func producer(id int, ch chan<- int, done chan<- bool) {
	fmt.Println("producer", id, "starts")
	ch <- id
	done <- true
}

func main() {
	ch := make(chan int, 2)
	done := make(chan bool, 2)
	go producer(1, ch, done)
	go producer(2, ch, done)
	<-done
	close(ch) // bug: the other producer may not have sent yet
	for v := range ch {
		fmt.Println("got", v)
	}
}
