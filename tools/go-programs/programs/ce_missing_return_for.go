package main

import "fmt"

func loop(n int) int {
	for {
		if n > 10 {
			return n
		}
		n++
	}
}

func loop2(n int) int {
	for n < 10 {
		n++
	}
}

func main() {
	fmt.Println(loop(3), loop2(3))
}
