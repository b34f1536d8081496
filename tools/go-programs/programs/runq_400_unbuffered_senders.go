package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := 1; i <= 400; i++ {
		go func(v int) { ch <- v }(i)
	}
	sum := 0
	for i := 0; i < 400; i++ {
		v := <-ch
		if i%20 == 0 {
			fmt.Println("got", v)
		}
		sum += v
	}
	fmt.Println("sum", sum)
}
