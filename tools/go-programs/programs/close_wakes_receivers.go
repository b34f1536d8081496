package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			v, ok := <-ch
			fmt.Println("receiver", id, v, ok)
		}(i)
	}
	time.Sleep(time.Millisecond)
	close(ch)
	time.Sleep(time.Millisecond)
}
