package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := 0; i < 5; i++ {
		go func(n int) {
			ch <- n * n
		}(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		v := <-ch
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum", sum)
}
