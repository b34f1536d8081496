package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 1; i <= 3; i++ {
		time.Sleep(time.Millisecond * i)
		fmt.Println(i)
	}
}
