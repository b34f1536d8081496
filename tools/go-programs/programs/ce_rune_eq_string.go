package main

import "fmt"

func main() {
	r := 'a'
	if r == "a" {
		fmt.Println(r)
	}
}
