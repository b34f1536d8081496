package main

import "fmt"

func main() {
	ch := make(chan rune, 3)
	go func() {
		for c := 'x'; c <= 'z'; c++ {
			ch <- c
		}
		close(ch)
	}()
	for c := range ch {
		fmt.Printf("%c=%d ", c, c)
	}
	fmt.Println()
	var z rune
	fmt.Printf("%v %q %T\n", z, z, z)
}
