package main

import "fmt"

func main() {
	r := 'a'
	switch r {
	case "a":
		fmt.Println(r)
	}
}
