package main

import "fmt"

func main() {
	n := 1
	k := func() int { n = 5; return 3 }
	b := true
	fmt.Println(b && n < k())
}
