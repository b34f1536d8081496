package main

import "fmt"

var g = 1

func h() int {
	g = 5
	return 3
}

func main() {
	if g < h() || false {
		fmt.Println("lab: g read before h()")
	} else {
		fmt.Println("go: g read after h()")
	}
}
