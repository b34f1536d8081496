package main

import "fmt"

func main() {
	s := "\xffab\xe4\xb8"
	t := fmt.Sprintf("%s", s)
	fmt.Println(len(t), len(fmt.Sprint(s, 1)), len(fmt.Sprintln(s)))
	fmt.Printf("[%-6s][%6s][%.2s][%.3q][%#q][%+q][% X][%8x]\n", s, s, s, s, s, "é\xff", s, "\xff")
	fmt.Printf("%#q %#q\n", "ok", "a\xffb")
	fmt.Printf("%v|%#v\n", s, s)
	u := "\xe4"
	u += "\xb8\x96"
	fmt.Println(u, len(u), u == "世", "\xe4\xb8\x96" == "世")
	const c = "a" + "\xfe"
	fmt.Printf("%q %d\n", c, len(c))
	fmt.Println("\xff" < "\xfe", "\x7f" < "\x80", "é" > "\xc3")
	fmt.Printf("%q\n", string(rune(0xff)))
	panic("bad \xff byte")
}
