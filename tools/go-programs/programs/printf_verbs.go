package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%s|%10s|%-10s|%q\n", "go", "go", "go", "a\"b\n")
	fmt.Printf("%v %v %v\n", 1, "x", true)
	fmt.Printf("%t %v\n", false, time.Second*3)
	fmt.Printf("%x %X %c %q\n", 255, 255, 65, 66)
	fmt.Printf("100%%\n")
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%t\n", 3)
	fmt.Printf("%.2s|%3v|%-4v|\n", "hello", 7, true)
	fmt.Printf("no newline")
	fmt.Printf(" then %d\n", -5)
	fmt.Printf("%d\n", time.Millisecond)
	fmt.Printf("%v\n", struct{}{})
}
