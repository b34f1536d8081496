package main

import "fmt"

func main() {
	switch x := 7; {
	case x > 5:
		fmt.Println("big")
	case x > 2:
		fmt.Println("medium")
	}
	if v := 3; v > 5 {
		fmt.Println("no")
	} else if w := v * 2; w > 5 {
		fmt.Println("w", w, "v", v)
	} else {
		fmt.Println("else", v, w)
	}
}
