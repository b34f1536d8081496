package main

import "fmt"

func isVowel(c rune) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

func main() {
	count := 0
	for c := 'a'; c <= 'z'; c++ {
		if isVowel(c) {
			count++
			fmt.Printf("%c is a vowel\n", c)
		}
	}
	fmt.Println("vowels:", count)
}
