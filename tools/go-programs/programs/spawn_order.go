package main

import (
	"fmt"
	"time"
)

func worker(id int) {
	fmt.Println("worker", id, "start")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("worker", id, "done")
}

func main() {
	for i := 1; i <= 4; i++ {
		go worker(i)
	}
	fmt.Println("spawned")
	time.Sleep(5 * time.Millisecond)
	fmt.Println("mid")
	time.Sleep(20 * time.Millisecond)
	fmt.Println("end")
}
