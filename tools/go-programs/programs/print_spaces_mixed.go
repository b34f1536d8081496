package main

import (
	"fmt"
	"time"
)

func main() {
	var c chan int
	fmt.Print(1, 2, "\n")
	fmt.Print("a", 1, 2, "b", "\n")
	fmt.Print(true, 1, false, "\n")
	fmt.Print(c, 1, "\n")
	fmt.Print(struct{}{}, 1, "\n")
	fmt.Print(time.Second, time.Second, "\n")
	fmt.Println(1, "a", true, time.Millisecond, c, struct{}{})
	fmt.Print("end\n")
}
