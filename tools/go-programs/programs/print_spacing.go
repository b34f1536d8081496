package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3, true, false, "\n")
	fmt.Print(1, 2, 3)
	fmt.Print("\n")
	fmt.Println("a", "b", 1, 2, true)
	fmt.Println()
	fmt.Println("Produced : ", 1)
	fmt.Print()
	fmt.Println("")
}
