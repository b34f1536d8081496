package main

import "fmt"

func main() {
	x := 5
	x()
	fmt.Println(len(5), cap("s"))
	ch := make(int)
	fmt.Println(ch)
}
