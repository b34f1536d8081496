package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), len("日本語"), len(""))
	fmt.Println("apple" < "banana", "Zebra" < "apple", "abc" == "ab"+"c", "b" > "abc")
	t := ""
	for i := 0; i < 3; i++ {
		t += "ab"
	}
	fmt.Println(t, len(t))
}
