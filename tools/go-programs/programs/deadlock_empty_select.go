package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(7 * time.Millisecond)
		fmt.Println("helper finished")
	}()
	fmt.Println("main blocks forever")
	select {}
}
