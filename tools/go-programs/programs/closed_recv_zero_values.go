package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan int, 2)
	b := make(chan string)
	c := make(chan bool)
	d := make(chan time.Duration)
	a <- 7
	close(a)
	close(b)
	close(c)
	close(d)
	v, ok := <-a
	fmt.Println(v, ok)
	v, ok = <-a
	fmt.Println(v, ok)
	s, ok := <-b
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(<-c, <-d)
	e := make(chan struct{})
	close(e)
	fmt.Println(<-e)
}
