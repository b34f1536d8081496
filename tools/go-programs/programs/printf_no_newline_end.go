package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Printf("%d,", i)
	}
	fmt.Printf("\n%5.2s|%-6q|%6.3v|\n", "abcdef", "q", "abcdef")
	fmt.Printf("%#v %+d\n", 1500000000, 7)
	fmt.Printf("%v|%d|%s|\n", nil, nil, nil)
	fmt.Printf("end")
}
