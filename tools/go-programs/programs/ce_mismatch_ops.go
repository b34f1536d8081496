package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	d := 2 * time.Second
	fmt.Println(n * d)
	fmt.Println("a" + 1)
	fmt.Println(n + "a")
	fmt.Println(true + false)
	fmt.Println(n == "3")
}
