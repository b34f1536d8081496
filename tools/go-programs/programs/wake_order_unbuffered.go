package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go func(id int) {
			v := <-ch
			fmt.Println("receiver", id, "got", v)
			done <- true
		}(i)
	}
	for i := 10; i <= 30; i += 10 {
		fmt.Println("sending", i)
		ch <- i
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
