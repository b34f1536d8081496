package main

import "fmt"

var g int = 1
var s = "a"

func h() int {
	g = 5
	s = "z"
	return 3
}

func t() bool { return true }

func show(a bool, b int) { fmt.Println("show", a, b) }

func main() {
	g += h()
	fmt.Println("1", g)
	g = 1
	s += fmt.Sprint(h())
	fmt.Println("2", s)
	g = 1
	defer show(g < h() && t(), g)
	g = 1
	go show(t() && g < h(), g)
	g = 1
	c := make(chan bool, 1)
	select {
	case c <- t() && g < h():
		fmt.Println("3", <-c)
	}
	g = 1
	k := 0
	for k < 3 && k+g < h() {
		k++
	}
	fmt.Println("4", k)
	g = 1
	fmt.Println("5", t() && (g < h()), t() && !(g < h()))
	g = 1
	fmt.Println("6", t() && g+0 < h())
	g = 1
	fmt.Println("7", t() && 0 < h()-g)
	g = 1
	fmt.Println("8", t() && s < fmt.Sprint(h()))
	g = 1
	fmt.Println("9", t() && h() > g)
	select {}
}
