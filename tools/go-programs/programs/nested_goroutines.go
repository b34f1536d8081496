package main

import (
	"fmt"
	"time"
)

func main() {
	sem := make(chan bool, 2)
	results := make(chan string)
	go func() {
		for i := 0; i < 4; i++ {
			sem <- true
			go func(n int) {
				time.Sleep(time.Duration(10*(n%2+1)) * time.Millisecond)
				results <- "job"
				fmt.Println("finished", n)
				<-sem
			}(i)
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Println(<-results)
	}
}
