package main

import "fmt"

func main() {
	go func() {
		result := 42
	}()
	fmt.Println("hi")
}
