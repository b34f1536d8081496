package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), s+"!", s != "x")
	var b bool
	fmt.Println(b, !b)
	t := `raw\nstring`
	fmt.Println(t)
	fmt.Printf("%q\n", "tab\there")
	fmt.Println('a', "quote\"d")
}
