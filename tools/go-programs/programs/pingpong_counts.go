package main

import (
	"fmt"
	"time"
)

func player(name string, table chan int, done chan bool) {
	for {
		ball, ok := <-table
		if !ok {
			done <- true
			return
		}
		ball++
		fmt.Println(name, ball)
		time.Sleep(10 * time.Millisecond)
		if ball >= 6 {
			close(table)
			done <- true
			return
		}
		table <- ball
	}
}

func main() {
	table := make(chan int)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- 0
	<-done
	<-done
	fmt.Println("game over")
}
