package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("second defer runs")
		panic("second")
	}()
	defer fmt.Println("first defer runs")
	panic("first")
}
