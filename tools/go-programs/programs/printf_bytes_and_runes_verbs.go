package main

import "fmt"

func main() {
	s := "a\xffé\x80z"
	fmt.Printf("[%5.1q][%-8q][%+q][%#q][%#q]\n", s, s, s, s, "`x`")
	fmt.Printf("[%12x][% x][%#x][% #X][%.3x]\n", s, s, s, s, s)
	fmt.Printf("[%c][%v][%q][%+q][%U]\n", 0xD800, string(rune(0xD800)), rune(-1), '\x00', 0xD800)
	t := fmt.Sprintf("%s|%v|%5s", s, s, "\xff")
	fmt.Println(len(t), t == "a\xffé\x80z|a\xffé\x80z|    \xff")
	fmt.Printf("[%-6s][%6.2s][%.0s]\n", "\xff\xfe", "é\xffx", "abc")
	fmt.Print("\xe4", "\xb8\x96", "\n")
	fmt.Println("\xe4" + "\xb8\x96")
}
