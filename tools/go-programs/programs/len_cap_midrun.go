package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string, 4)
	fmt.Println(len(ch), cap(ch))
	go func() {
	}()
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	go func() {
		time.Sleep(time.Millisecond)
		fmt.Println("reader sees", len(ch))
		fmt.Println(<-ch)
		fmt.Println("after read", len(ch))
	}()
	ch <- "c"
	time.Sleep(2 * time.Millisecond)
	fmt.Println("main sees", len(ch))
	var n chan int
	fmt.Println(len(n), cap(n))
}
