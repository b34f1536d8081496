package main

import "fmt"

func main() {
	n := -7
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X\n", n, n, n, n, n, n, n)
	fmt.Printf("%x|%#x|%X|%#X\n", 3054, 3054, 3054, 3054)
	fmt.Printf("%v|%6v|%-6v|%06v\n", n, n, n, n)
	fmt.Printf("%c%c%c|%q\n", 72, 105, 33, 0x1F600)
	fmt.Printf("%3d|%-3d|%d\n", 12345, 12345, 0)
	fmt.Println(9223372036854775807)
	big := 9223372036854775807
	big++
	fmt.Println(big)
	small := -big
	fmt.Println(small, -small, small-1)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3, -7%-3)
	m := 1000000007
	fmt.Println(m*m, m*m*m)
	fmt.Printf("%+d|%+5d|%-+5d|%+05d\n", 0, 3, 3, -3)
	fmt.Printf("%5x|%-5X|%05x\n", 255, 255, -255)
}
