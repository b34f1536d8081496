package main

import "fmt"

func main() {
	x := 3
	fmt.Sprintf("%d", x)
	var n int = fmt.Sprint(x)
	fmt.Println(n, fmt.Sprintf())
}
