package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Print("n=", 5, 6, "\n")
	fmt.Print(5, "x", "\n")
	fmt.Print("a", "b", true, false, "\n")
	fmt.Print(time.Second, 3, "s", time.Second, "\n")
	fmt.Print()
	fmt.Println()
	fmt.Println("", "")
	fmt.Print("", 1, 2, "", 3, "\n")
	fmt.Println("end", "", 1)
}
