package main

import "fmt"

func main() {
	c := 'a'
	c = 3000000000
	fmt.Println(c)
}
