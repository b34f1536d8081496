package main

import (
	"fmt"
	"time"
)

const (
	tick    = 20 * time.Millisecond
	rounds  = 3
	label   = "round"
	verbose = true
)

func main() {
	for r := 1; r <= rounds; r++ {
		time.Sleep(tick)
		if verbose {
			fmt.Println(label, r, "at", time.Duration(r)*tick)
		}
	}
}
