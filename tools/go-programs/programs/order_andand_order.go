package main

import "fmt"

var g = 1

func h() int {
	g = 5
	return 3
}

func main() {
	fmt.Println(g < h() && true)
}
