package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			fmt.Println("sender", id, "trying")
			ch <- id
			fmt.Println("sender", id, "done")
		}(i)
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("received", <-ch)
	close(ch)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("unreachable?")
}
