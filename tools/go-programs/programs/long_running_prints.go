package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func(id int) {
			for j := 0; j < 3; j++ {
				fmt.Printf("g%d step %d\n", id, j)
				time.Sleep(time.Duration(id+1) * 1500 * time.Microsecond)
			}
		}(i)
	}
	time.Sleep(20 * time.Millisecond)
}
