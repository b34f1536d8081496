package main

import (
	"fmt"
	"time"
)

const (
	base  = 10
	delay = base * time.Millisecond
	half  = delay / 2
	ok    = base > 5 && delay < time.Second
	name  = "v" + "1"
)

func main() {
	fmt.Println(base, delay, half, ok, name)
	fmt.Printf("%T %T %T %T %T\n", base, delay, half, ok, name)
	var n = base / 3
	var d = base % 3
	fmt.Println(n, d, -base/3, -base%3)
}
