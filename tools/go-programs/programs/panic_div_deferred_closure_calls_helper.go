package main

import "fmt"

var gs1 string = "z"

func h1() string {
	return gs1
}

func main() {
	defer func() {
		fmt.Println("deferred", h1())
	}()
	zero := 0
	fmt.Println("div", 3/zero)
}
