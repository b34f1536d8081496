package main

import "fmt"

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(n int) {
			fmt.Println("g", n)
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
		fmt.Println("got", i)
	}
}
