package main

import "fmt"

var g int = -2
var s string = "a"

func h() int {
	g = g * 2
	s = s + "b"
	return -5
}

func t() bool { return true }

func main() {
	g = -4
	fmt.Println("P", t() && g+h() == -13)
	g = -4
	fmt.Println("Q", t() && s+fmt.Sprint(h()) == "ab-5")
	n := -4
	k := func() int { n = n * 2; return -5 }
	fmt.Println("R", t() && n <= k())
	n = -4
	fmt.Println("S", n <= k())
	g = -4
	fmt.Println("T", (t() && g <= h()) == true)
	g = -4
	fmt.Println("U", g <= h() && t())
	g = -4
	fmt.Println("V", t() || t(), false || (true && g <= h()))
}
