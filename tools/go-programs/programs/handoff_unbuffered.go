package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("sending", i)
			ch <- i
			fmt.Println("sent", i)
		}
		close(ch)
	}()
	time.Sleep(time.Millisecond)
	for v := range ch {
		fmt.Println("recv", v)
	}
	fmt.Println("done")
}
