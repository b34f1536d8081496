package main

import "fmt"

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		v := i
		go func() {
			fmt.Println("goroutine", v)
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
