package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	<-ch
	fmt.Println(len(ch), cap(ch))
	close(ch)
	fmt.Println(len(ch), cap(ch))
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	var n chan int
	fmt.Println(len(n), cap(n))
	u := make(chan string)
	fmt.Println(len(u), cap(u))
}
