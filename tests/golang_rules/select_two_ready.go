package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	fromA, fromB := 0, 0
	for i := 0; i < 40; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			fromA++
			<-b
		case <-b:
			fromB++
			<-a
		}
	}
	fmt.Println(fromA > 0, fromB > 0, fromA+fromB)
}
