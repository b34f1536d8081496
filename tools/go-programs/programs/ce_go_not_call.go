package main

import "fmt"

func main() {
	go fmt.Println
	defer 1
}
