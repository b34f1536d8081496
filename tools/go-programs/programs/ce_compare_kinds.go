package main

import "fmt"

func f() {}

func main() {
	a, b := true, false
	fmt.Println(a < b)
	c1 := make(chan int)
	c2 := make(chan int)
	fmt.Println(c1 < c2, c1 == c2)
	fmt.Println(f == nil)
	fmt.Println(f == f)
	fmt.Println(nil == nil)
	x := 1
	switch x {
	case "one":
	}
}
