package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Printf("%s|%q|%v|%x|%X|% x\n", s, s, s, "hi", "hi", "hi")
	fmt.Printf("%8s|%-8s|%.3s|%8.2s|\n", "go", "go", "golang", "golang")
	fmt.Printf("%q|%q|%q\n", "\t", "\x00", "é")
	fmt.Printf("%+q|%#q|%#q\n", "é", "abc", "a`b")
	fmt.Println(len(s))
	fmt.Println("h\xc3\xa9" == "hé", "\u00e9\U0001F600\101\x41")
	fmt.Printf("%s%s\n", "a", "b")
	fmt.Printf("%5t|%-7t|%v\n", true, false, !true)
	fmt.Printf("%%|%5%|%c\n", 'A')
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d %s\n", true, false)
	fmt.Printf("trailing %")
	fmt.Println()
}
