package main

import "fmt"

func main() {
	u := make(chan int)
	b := make(chan int, 2)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("u send", i)
			u <- i
			fmt.Println("u sent", i)
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("u recv", <-u)
	}
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("b send", i)
			b <- i
			fmt.Println("b sent", i)
		}
		close(b)
	}()
	for v := range b {
		fmt.Println("b recv", v)
	}
}
