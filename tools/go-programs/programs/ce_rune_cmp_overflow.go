package main

import "fmt"

func main() {
	r := 'a'
	fmt.Println(r == 3000000000)
}
