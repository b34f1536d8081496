package main

import "fmt"

func main() {
	ch := make(chan int)
	f := func() {}
	if ch == 1 {
		fmt.Println("?")
	}
	if 0 != ch {
		fmt.Println("?")
	}
	x := ch + 2
	if f == 3 {
		fmt.Println("?")
	}
	if ch == true {
		fmt.Println("?")
	}
	if ch == "s" {
		fmt.Println("?")
	}
	fmt.Println(x, struct{}{} == 1)
}
