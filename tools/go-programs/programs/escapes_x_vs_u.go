package main

import "fmt"

func main() {
	fmt.Printf("%q %v %d %c %U\n", "\u00e9\xe9", '\xe9', '\377', '\u4e16', '\U00010000')
	fmt.Println("\xe9" == "é", len("\u00e9"), len("\xc3\xa9"), "\xc3\xa9" == "é")
}
