package main

import (
	"fmt"
	"time"
)

func request(id int, delay time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		c <- "reply " + fmt.Sprint(id)
	}()
	return c
}

func main() {
	delays := 40
	for id := 1; id <= 4; id++ {
		select {
		case r := <-request(id, time.Duration(delays*id)*time.Millisecond):
			fmt.Println(r)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("request", id, "timed out")
		}
	}
}
