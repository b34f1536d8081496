package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	for i := 1; i <= 4; i++ {
		go func(id int) {
			time.Sleep(10 * time.Millisecond)
			fmt.Println("sleeper", id)
			done <- true
		}(i)
	}
	t := time.After(10 * time.Millisecond)
	<-t
	fmt.Println("main timer")
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println("all done")
}
