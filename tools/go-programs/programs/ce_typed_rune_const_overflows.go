package main

import "fmt"

const r rune = 'a' * 30000000

func main() {
	fmt.Println(r)
}
