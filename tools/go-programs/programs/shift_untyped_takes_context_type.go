package main

import (
	"fmt"
	"time"
)

func main() {
	for attempt := 0; attempt < 4; attempt++ {
		backoff := (1 << attempt) * time.Millisecond
		fmt.Println("attempt", attempt, "waits", backoff)
		time.Sleep(backoff)
	}
	k := 3
	var d time.Duration = 1 << k
	x := 1 << k
	fmt.Printf("%v %T %v %T %T\n", d, d, x, x, 'a'<<k)
	fmt.Println(1<<k == 8, 1<<k+1, 'a'<<k)
}
