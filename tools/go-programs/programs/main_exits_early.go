package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("goroutine starts")
		<-ch
		fmt.Println("never")
	}()
	go func() {
		time.Sleep(time.Second)
		fmt.Println("too late")
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main ends")
}
