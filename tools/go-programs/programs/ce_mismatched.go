package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	d := time.Millisecond
	fmt.Println(d * n)
	s := "a"
	fmt.Println(s + n)
}
