package main

import "fmt"

func kind(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for i := -1; i < 4; i++ {
		fmt.Println(i, kind(i))
	}
	x := 3
	switch x {
	case 1, 2:
		fmt.Println("small")
	case 3, 4:
		fmt.Println("medium")
		if x == 3 {
			break
		}
		fmt.Println("not printed")
	default:
		fmt.Println("large")
	}
	switch y := x * 2; y {
	case 6:
		fmt.Println("six")
	}
	switch {
	}
}
