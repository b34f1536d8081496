package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.After(10 * time.Millisecond)
	b := time.After(10 * time.Millisecond)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("sleeper at 10")
	}()
	<-b
	fmt.Println("b fired")
	<-a
	fmt.Println("a fired")
	time.Sleep(time.Millisecond)
}
