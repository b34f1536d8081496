package main

import "fmt"

func main() {
	words := "banana"
	best := ""
	for i := 0; i < 3; i++ {
		cand := words + fmt.Sprint(i)
		_ = cand
	}
	fmt.Println(best == "", len(words))
}
