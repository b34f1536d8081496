package main

import "fmt"

func f(n int) int { return n }

func g() int {
	return fmt.Println("r")
}

func main() {
	ch := make(chan int, 1)
	ch <- fmt.Println("a")
	x := fmt.Print("b") + 1
	if fmt.Printf("c") {
	}
	f(fmt.Println("d"))
	var y int
	y = fmt.Sprint("e")
	fmt.Println(x, y, g(), -fmt.Println("h"))
}
