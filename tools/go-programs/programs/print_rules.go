package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Print("a", 1, 2, "b", "c", 3, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(1, true, 2, "\n")
	fmt.Print(time.Second, time.Millisecond, "\n")
	fmt.Print("x", time.Second, 5, "\n")
	fmt.Print(-1, -2, "\n")
	fmt.Println(time.Duration(0), time.Duration(1), time.Duration(999), time.Duration(1000))
	fmt.Println(time.Duration(1500000), 2*time.Hour+3*time.Minute, -3*time.Second)
	fmt.Println(time.Duration(1234567890), time.Duration(100)*time.Hour)
	fmt.Printf("%d|%v|%s|%5v|%q\n", time.Second, time.Second, time.Second, time.Second, time.Second)
	fmt.Printf("%T %T %T %T\n", 1, "s", true, time.Second)
	var c chan int
	fmt.Println(c == nil)
	fmt.Printf("%v %T\n", c, c)
}
