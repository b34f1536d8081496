package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("second defer")
		panic("again")
	}()
	defer fmt.Println("first defer")
	panic(1)
}
