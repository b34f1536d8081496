package main

import (
	"fmt"
	"time"
)

var g int = 1
var s = "a"
var b = false

func h() int {
	g = 5
	s = "z"
	b = true
	return 3
}

func r() { g = 1; s = "a"; b = false }

func id(x int) int { return x }

func two(x, y int) int { return x*10 + y }

func main() {
	r()
	fmt.Println("1", -g+h())
	r()
	fmt.Println("2", !b == (h() > 0))
	r()
	x := two(g, h())
	fmt.Println("3", x)
	r()
	c := make(chan int, 1)
	c <- g + h()
	fmt.Println("4", <-c)
	r()
	switch g + h() {
	case 8:
		fmt.Println("5 late")
	case 4:
		fmt.Println("5 early")
	}
	r()
	switch {
	case g < h():
		fmt.Println("6 early")
	default:
		fmt.Println("6 late")
	}
	r()
	switch h() {
	case g - 2:
		fmt.Println("7 late")
	default:
		fmt.Println("7 other")
	}
	r()
	fmt.Println("8", fmt.Sprint(g, h()), fmt.Sprintf("%d%d", g, h()))
	r()
	y := (g + 1) * h()
	fmt.Println("9", y)
	r()
	fmt.Println("10", s+fmt.Sprint(h()), b || h() > 5)
	r()
	if v := g < h(); v {
		fmt.Println("11 early")
	} else {
		fmt.Println("11 late")
	}
	r()
	d := time.Duration(g) * time.Duration(h())
	fmt.Println("12", d)
	r()
	fmt.Println("13", id(g) < h(), g%2 == 1 && id(h()) > 0)
	r()
	for i := 0; i < 1; i, g = i+1, g+h() {
	}
	fmt.Println("14", g)
	r()
	z := 0
	z, g = g, h()
	fmt.Println("15", z, g)
	r()
	fmt.Println("16", (g < h()) != (g > h()), (g == 5) == (h() == 3))
	r()
	m := 10
	m += g * h()
	fmt.Println("17", m)
	r()
	fmt.Println("18", g < 3 && g < h(), g < 3 || g < h())
}
