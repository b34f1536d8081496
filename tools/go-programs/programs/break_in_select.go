package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	count := 0
	for count < 10 {
		count++
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed at", count)
				break
			}
			if v == 2 {
				break
			}
			fmt.Println("value", v)
		}
	}
	fmt.Println("loop ended", count)
}
