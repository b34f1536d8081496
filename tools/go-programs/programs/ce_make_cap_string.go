package main

import (
	"fmt"
	"time"
)

// make's size is checked as an index: an untyped constant is converted to int
// implicitly ("to int", not a conversion's "to type int"), a typed value must be an
// integer, and a constant must not be negative or overflow int.
func main() {
	s, ch0 := "x", make(chan int)
	a := make(chan int, "3")
	b := make(chan int, s)
	c := make(chan string, true)
	d := make(chan int, nil)
	e := make(chan int, ch0)
	f := make(chan bool, -time.Second)
	g := make(chan int, 2-3)
	h := make(chan int, 10000000000000000000)
	if s != "" {
		k := make(chan int, "a"+"b")
		fmt.Println(k)
	}
	fmt.Println(a, b, c, d, e, f, g, h, time.Duration(5))
}
