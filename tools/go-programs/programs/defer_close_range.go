package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < 5; i++ {
			ch <- i * i
		}
	}()
	total := 0
	for range ch {
		total++
	}
	fmt.Printf("received %d values\n", total)
	if v, ok := <-ch; !ok {
		fmt.Println("closed, zero value", v)
	}
	var nothing struct{}
	fmt.Println(nothing, ch == nil, len(ch))
}
