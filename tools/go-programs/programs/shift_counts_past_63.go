package main

import "fmt"

func main() {
	x := 1
	for i := 0; i < 5; i++ {
		fmt.Print(x<<(i*15), " ")
	}
	fmt.Println()
	y := -64
	fmt.Println(y>>1, y>>3, y>>70, 1<<62, x<<63, x<<64)
	s := 3
	fmt.Println(5<<s, 1000>>s)
}
