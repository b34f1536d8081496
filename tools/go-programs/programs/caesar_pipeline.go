package main

import "fmt"

func letters(from, to rune) <-chan rune {
	out := make(chan rune)
	go func() {
		for c := from; c <= to; c++ {
			out <- c
		}
		close(out)
	}()
	return out
}

func shift(in <-chan rune, k rune) <-chan rune {
	out := make(chan rune)
	go func() {
		for c := range in {
			out <- 'a' + (c-'a'+k)%26
		}
		close(out)
	}()
	return out
}

func main() {
	s := ""
	for c := range shift(letters('t', 'z'), 3) {
		s += string(c)
	}
	fmt.Println(s, len(s))
	fmt.Printf("%q %x\n", s, s)
}
