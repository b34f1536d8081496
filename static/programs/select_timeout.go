// select with time.After: wait for a slow reply, but give up after a timeout.
// The first reply comes in time; the second is too slow, so main stops waiting.
package main

import (
	"fmt"
	"time"
)

func slowReply(ms int) <-chan int {
	reply := make(chan int, 1)
	go func() {
		time.Sleep(time.Duration(ms) * time.Millisecond)
		reply <- ms
	}()
	return reply
}

func ask(ms int) {
	select {
	case r := <-slowReply(ms):
		fmt.Println("reply after", r, "ms")
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timed out waiting", ms, "ms")
	}
}

func main() {
	ask(200)
	ask(900)
}
