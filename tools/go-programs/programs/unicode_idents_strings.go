package main

import "fmt"

func main() {
	café := "naïve 😀"
	fmt.Println(café, len(café))
	fmt.Printf("%q %v %s|%8s|\n", café, café, café, "é")
	fmt.Printf("%x\n", "é")
}
