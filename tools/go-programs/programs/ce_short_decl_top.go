package main

import "fmt"

counter := 0

func main() {
	fmt.Println(counter)
}
