package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	fmt.Println(len(ch), cap(ch))
}
