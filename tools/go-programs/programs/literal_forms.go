package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0o17, 017, 0b101, 1_000_000, 0X_FF)
	fmt.Println('a', '\n', '\x41', 'é', '\u00e9')
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Println(`raw\n string`, "tab\tend")
}
