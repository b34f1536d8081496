package main

import "fmt"

func main() {
	fmt.Printf("%q|%+q|%#q|%x|% X\n", "héllo\n", "héllo", "back`tick", "hé", "hé")
	fmt.Printf("%c|%q|%U|%#U\n", 233, 233, 233, 0x1F600)
	fmt.Printf("%q|%c|%v\n", -1, 0x110000, 'x')
	fmt.Printf("%5.1q|%-6.2s|%.0s|\n", "abc", "héllo", "gone")
	fmt.Printf("%08.3d|%+.2d|% 5d|%x\n", -5, 3, 42, -255)
}
