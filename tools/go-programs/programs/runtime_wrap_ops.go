package main

import "fmt"

func main() {
	big := 9223372036854775807
	small := -big - 1
	fmt.Println(big+1 == small, -small == small, small-1 == big)
	x := 1
	for i := 0; i < 70; i++ {
		x *= 2
	}
	fmt.Println(x)
	y := 3037000500
	fmt.Println(y*y, small/7, small%7)
	fmt.Printf("%d|%25d|%-25d|\n", small, small, big)
}
