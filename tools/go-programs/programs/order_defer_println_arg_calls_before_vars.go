package main

import "fmt"

var s string

func g() string { s += "!"; return "g" }

func main() {
	defer fmt.Println("deferred", s, s+g())
	fmt.Println("now", s)
}
