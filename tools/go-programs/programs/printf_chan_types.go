package main

import (
	"fmt"
	"sync"
	"time"
)

func send(c chan<- int) {}
func recv(c <-chan string) {}

func main() {
	a := make(chan int)
	var b chan<- int = a
	var c <-chan bool
	fmt.Printf("%T|%T|%T\n", a, b, c)
	fmt.Printf("%T\n", make(chan struct{}, 3))
	fmt.Printf("%T\n", time.After(time.Second))
	var mu sync.Mutex
	fmt.Printf("%T %T\n", &mu, sync.NewCond(&mu))
	fmt.Printf("%T\n", send)
	fmt.Printf("%T\n", recv)
	fmt.Printf("%T\n", func(x int, y string) bool { return true })
	fmt.Println(c == nil)
}
