package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 1; i <= 3; i++ {
		fmt.Printf("%*d|%-*s|\n", i+2, i, 4, "ab")
	}
	fmt.Printf("%6v|%-6v|%v\n", time.Duration(1500)*time.Microsecond, 2*time.Second, time.Duration(-1500))
	fmt.Printf("%3d%%|%-3d%%\n", 5, 6)
	fmt.Printf("%s=%d, %s=%t\n", "n", 3, "ok", true)
}
