package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer never runs")
	go func() {
		defer fmt.Println("goroutine defer")
		time.Sleep(5 * time.Millisecond)
		panic(false)
	}()
	for i := 0; i < 5; i++ {
		fmt.Println("tick", i)
		time.Sleep(2 * time.Millisecond)
	}
}
