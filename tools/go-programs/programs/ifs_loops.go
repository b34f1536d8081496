package main

import "fmt"

func main() {
	if x := 5; x > 3 {
		fmt.Println("big", x)
	} else if x > 1 {
		fmt.Println("medium")
	} else {
		fmt.Println("small")
	}
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		sum += i
	}
	fmt.Println("sum", sum)
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println("n", n)
	k := 0
	for {
		k++
		if k == 3 {
			break
		}
	}
	fmt.Println("k", k)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	a *= 5
	a -= 1
	a /= 3
	a %= 2
	fmt.Println(a, !true || false && true)
	s := "x"
	s += "y"
	fmt.Println(s, s == "xy", s < "z", len(s))
}
