package main

import "fmt"

func main() {
	ch := make(chan int)
	other := make(chan int)
	var ro <-chan int = ch
	var so chan<- int = ch
	fmt.Println(ro == ch, ch == ro, so == ch, ch != so)
	var ro2 <-chan int = other
	fmt.Println(ro == ro2, ro != ro2)
	var n <-chan int
	fmt.Println(n == nil, ro == nil)
}
