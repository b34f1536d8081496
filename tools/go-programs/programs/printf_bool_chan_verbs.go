package main

import "fmt"

func main() {
	var c chan int
	fmt.Printf("%v|%t|%5t|%v\n", true, false, true, c)
	fmt.Printf("%d|%s\n", c, c)
	fmt.Println(c, nil)
	fmt.Printf("%v %d\n", struct{}{}, 5)
}
