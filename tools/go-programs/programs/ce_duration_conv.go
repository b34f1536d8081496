package main

import (
	"fmt"
	"time"
)

func main() {
	ms := 10
	d := time.Duration(ms) * time.Millisecond
	var e time.Duration = ms
	fmt.Println(d, e, int(d), string("x"))
	fmt.Println(bool(1))
}
