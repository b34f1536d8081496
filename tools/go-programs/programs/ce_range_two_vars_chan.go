package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	for i, v := range ch {
		fmt.Println(i, v)
	}
	x := 1
}
