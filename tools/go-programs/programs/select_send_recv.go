package main

import (
	"fmt"
	"time"
)

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			in <- i
			time.Sleep(5 * time.Millisecond)
		}
	}()
	go func() {
		time.Sleep(7 * time.Millisecond)
		for v := range out {
			fmt.Println("consumer got", v)
		}
	}()
	pending := -1
	for n := 0; n < 6; n++ {
		if pending < 0 {
			v := <-in
			fmt.Println("main got", v)
			pending = v * 10
			continue
		}
		select {
		case out <- pending:
			fmt.Println("main forwarded", pending)
			pending = -1
		case <-time.After(3 * time.Millisecond):
			fmt.Println("main waited")
		}
	}
	close(out)
	time.Sleep(20 * time.Millisecond)
}
