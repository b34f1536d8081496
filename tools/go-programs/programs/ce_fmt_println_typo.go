package main

import "fmt"

func main() {
	fmt.PrintLn("hello")
}
