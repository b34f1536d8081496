package main

import (
	"fmt"
	"time"
)

func main() {
	x := 1
	y := "a"
	fmt.Println(y + 1)
	z := undefinedThing
	time.Sleep(1)
}
