package main

import "fmt"

func main() {
	n := 2
	s := "a"
	switch {
	case 1:
		fmt.Println("one")
	case n:
		fmt.Println("n")
	case n > 1:
	}
	switch n {
	case s:
	case 1, 2:
	case 1:
	}
	switch s {
	case "a", "b", "a":
	}
}
