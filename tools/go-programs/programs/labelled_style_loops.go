package main

import "fmt"

func main() {
	found := false
	for i := 0; i < 5 && !found; i++ {
		for j := 0; j < 5; j++ {
			if i*j == 6 {
				fmt.Println("found", i, j)
				found = true
				break
			}
			if j > i {
				continue
			}
		}
	}
	n := 0
	for {
		n++
		if n%2 == 0 {
			continue
		}
		if n > 7 {
			break
		}
		fmt.Print(n, ",")
	}
	fmt.Println()
	s := ""
	for k := 10; k > 0; k -= 3 {
		s += "k"
	}
	fmt.Println(s, len(s))
}
