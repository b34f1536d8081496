package main

import (
	"fmt"
	"time"
)

func main() {
	names := "abc"
	fmt.Printf("[%6v][%-6v][%6d][%-6t]\n", names, 42, -42, true)
	fmt.Printf("%q %v %s\n", "", time.Duration(1500)*time.Microsecond, 90*time.Second)
	fmt.Printf("%3c|%-3c|%03d|%+05d\n", 'x', 'y', -7, 7)
	fmt.Printf("%d%%\n", 50)
	fmt.Printf("%v|%d\n", struct{}{}, true)
	fmt.Print("x", 1, "\n")
	fmt.Print(1, "x", 2, 3, "\n")
	fmt.Println(150*time.Minute, time.Duration(-1), 61*time.Minute+time.Millisecond)
}
