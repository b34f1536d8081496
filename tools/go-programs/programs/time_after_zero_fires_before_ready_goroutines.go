package main

import (
	"fmt"
	"time"
)

func main() {
	go fmt.Println("A")
	go fmt.Println("B")
	<-time.After(0)
	fmt.Println("main got timer")
	time.Sleep(time.Millisecond)
}
