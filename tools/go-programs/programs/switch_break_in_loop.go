package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			fmt.Println("one, break switch")
			break
		case i == 3:
			fmt.Println("three, continue")
			continue
		default:
			fmt.Println("default", i)
		}
		fmt.Println("after switch", i)
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
	}
	s := "go"
	switch s + "!" {
	case "go!":
		fmt.Println("string case")
	}
	switch {
	}
}
