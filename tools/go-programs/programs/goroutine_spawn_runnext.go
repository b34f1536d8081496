package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() { fmt.Println("first"); ch <- 1 }()
	go func() { fmt.Println("second"); ch <- 2 }()
	go func() { fmt.Println("third"); ch <- 3 }()
	fmt.Println(<-ch, <-ch, <-ch)
	time.Sleep(time.Millisecond)
}
