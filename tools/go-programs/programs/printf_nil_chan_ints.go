package main

import "fmt"

func main() {
	var c chan int
	var f func()
	var s chan<- string
	fmt.Printf("%d|%x|%X|%o|%b|%#x|%5d|%-4d|%05d\n", c, c, c, c, c, c, c, c, c)
	fmt.Printf("%d|%x|%v|%v\n", f, s, f, s)
}
