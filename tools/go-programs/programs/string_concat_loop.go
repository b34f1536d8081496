package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
		s = s + "-"
	}
	fmt.Println(s, len(s))
	stars := ""
	for i := 1; i <= 4; i++ {
		stars += "*"
		fmt.Printf("%-4s|%4s|\n", stars, stars)
	}
	fmt.Println("a" < "b", "abc" == "ab"+"c", "Z" > "a")
}
