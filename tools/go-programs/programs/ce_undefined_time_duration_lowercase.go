package main

import (
	"fmt"
	"time"
)

func main() {
	var d time.duration
	fmt.Println(d)
	time.Sleep(time.Millisecond)
}
