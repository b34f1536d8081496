package main

import "fmt"

func main() {
	fmt.Println(nil)
	fmt.Printf("%v %d %s|%T\n", nil, nil, nil, nil)
	fmt.Print(nil, 1, nil, "\n")
	panic(nil)
}
